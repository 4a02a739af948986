package vn.danvan.democracy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.democracy.CommunityDecisions;
import vn.danvan.democracy.MatterCommands.Choice;
import vn.danvan.shared.DomainException;

/**
 * An online vote with the ballot token of the matter page (docs/adr/0005-ballot-tokens.md): no session, no CSRF
 * token, no API key — the token is the credential, and the vote statement checks the rest at the moment of the vote.
 * Casting the same vote again changes nothing, so the request is idempotent without an Idempotency-Key.
 */
@RestController
@Tag(name = "Community votes", description = "Biểu quyết trực tuyến của hộ (Luật THDCCS 2022 Đ.15–23)")
public class VoteApi {

    private final CommunityDecisions decisions;
    private final BallotTokens tokens;
    private final Clock clock;

    VoteApi(CommunityDecisions decisions, BallotTokens tokens, Clock clock) {
        this.decisions = decisions;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A vote: the ballot token the matter page gave the representative, and the household's choice. */
    public record CastVote(
            @NotBlank @Size(max = 200) String token,
            @NotNull Choice choice) {}

    /** The vote as recorded; no choice under a secret ballot. */
    public record CastView(
            long matter, long household, @Nullable Choice choice) {}

    @Operation(
            summary = "Casts or changes a household's online vote with the ballot token of the matter page;"
                    + " refusals name why (closed, not the representative, delegated, on paper, secret and final)")
    @SecurityRequirements
    @PostMapping(
            path = "/api/v1/matters/{id}/votes",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public CastView vote(@PathVariable long id, @Valid @RequestBody CastVote command) {
        BallotTokens.Ballot ballot = cast(decisions, tokens, clock, id, command.token(), command.choice());
        return new CastView(id, ballot.householdId(), command.choice());
    }

    /**
     * The same vote at an address without a variable: the token names its matter. Spring MVC finds a handler for a
     * fixed address with one look-up, while an address with a variable is matched against every mapping of the
     * application in turn — a third of the application's processor time a vote (JFR, docs/performance.md).
     */
    @Operation(
            summary = "Casts or changes a household's online vote with the ballot token of the matter page (the token"
                    + " names the matter); refusals as for /api/v1/matters/{id}/votes")
    @SecurityRequirements
    @PostMapping(
            path = "/api/v1/votes",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public CastView vote(@Valid @RequestBody CastVote command) {
        BallotTokens.Ballot ballot =
                tokens.verify(command.token()).orElseThrow(() -> DomainException.forbidden("matter.ballot.invalid"));
        cast(decisions, clock, ballot, command.choice());
        return new CastView(ballot.matterId(), ballot.householdId(), command.choice());
    }

    /** Verifies the token for this matter and casts the vote; a refusal says why. */
    static BallotTokens.Ballot cast(
            CommunityDecisions decisions,
            BallotTokens tokens,
            Clock clock,
            long matterId,
            String token,
            Choice choice) {
        BallotTokens.Ballot ballot = tokens.verify(token)
                .filter(b -> b.matterId() == matterId)
                .orElseThrow(() -> DomainException.forbidden("matter.ballot.invalid"));
        return cast(decisions, clock, ballot, choice);
    }

    /** Casts the vote of a verified ballot; a refusal says why. */
    static BallotTokens.Ballot cast(
            CommunityDecisions decisions, Clock clock, BallotTokens.Ballot ballot, Choice choice) {
        if (!ballot.closesAt().isAfter(clock.instant())) {
            throw DomainException.conflict("matter.closed");
        }
        decisions.voteOnline(ballot.matterId(), ballot.householdId(), ballot.citizenId(), choice);
        return ballot;
    }

    /** The choice of a form, or a refusal naming the field. */
    static Choice choice(String text) {
        try {
            return Choice.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid("matter.field.choice");
        }
    }
}
