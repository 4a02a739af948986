/**
 * Dân vận programmes: plans and reviews, "Dân vận khéo" models, coordination agreements, campaigns and their public ledgers, stories, training.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "organization",
            "calendar",
            "notification",
            "rulebook",
            "shared",
            "report",
            "reception",
            "dialogue",
            "democracy",
            "petition",
            "insight"
        })
@org.jspecify.annotations.NullMarked
package vn.danvan.programme;
