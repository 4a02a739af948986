/**
 * Grassroots democracy (dân chủ ở cơ sở, Luật THDCCS 10/2022/QH15, NĐ 59/2023/NĐ-CP). This first slice is "dân
 * biết": what a commune must make public (Đ.11), by which forms and by when (Đ.12), with the compliance figures
 * of each commune and the public pages citizens read and follow. The face is
 * {@link vn.danvan.democracy.DisclosurePublishing}, {@link vn.danvan.democracy.DisclosureCompliance} and
 * {@link vn.danvan.democracy.DisclosureFollowing}; messages go out through the notification module's outbox.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "calendar", "notification", "rulebook", "portal", "shared"})
@org.jspecify.annotations.NullMarked
package vn.danvan.democracy;
