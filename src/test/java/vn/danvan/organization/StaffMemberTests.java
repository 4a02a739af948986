package vn.danvan.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffMemberTests {

    private static StaffMember handler(Set<Long> scope, boolean allBodies) {
        return new StaffMember(7, "xuly", "Trần Văn Xử", 10, EnumSet.of(Role.CASE_HANDLER), scope, allBodies, false);
    }

    @Test
    void aStaffMemberActsOnTheBodiesOfTheirScopeOnly() {
        var member = handler(Set.of(10L, 11L), false);
        assertThat(member.inScope(10)).isTrue();
        assertThat(member.inScope(11)).isTrue();
        assertThat(member.inScope(12)).isFalse();
    }

    @Test
    void anAdministratorOfAllBodiesHasEveryBodyInScope() {
        assertThat(handler(Set.of(), true).inScope(999)).isTrue();
    }

    @Test
    void rolesAreTheOnesGivenAndTheirAuthorityIsSpringsRoleName() {
        var member = handler(Set.of(10L), false);
        assertThat(member.has(Role.CASE_HANDLER)).isTrue();
        assertThat(member.has(Role.ADMINISTRATOR)).isFalse();
        assertThat(Role.CASE_HANDLER.authority()).isEqualTo("ROLE_CASE_HANDLER");
    }

    @Test
    void theRolesAndScopeCannotBeChangedFromOutside() {
        Set<Long> scope = new HashSet<>(Set.of(10L));
        var member = handler(scope, false);
        scope.add(12L);
        assertThat(member.inScope(12)).isFalse();
        assertThatThrownBy(() -> member.roles().add(Role.ADMINISTRATOR))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
