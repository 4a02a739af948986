package vn.danvan.petition;

import java.util.List;

/**
 * Published in the transaction in which petitions' identities became sealed after they were registered (a
 * petition classified as a denunciation, and every petition carrying the same identity): records copied from
 * them elsewhere, such as the reception visit a petition was made from, must be sealed too. Carries no personal
 * data.
 */
public record IdentitiesSealed(List<Long> petitionIds) {

    public IdentitiesSealed {
        petitionIds = List.copyOf(petitionIds);
    }
}
