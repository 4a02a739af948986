/**
 * Demo data for the default run: a few real administrative units, bodies, staff accounts for every
 * role and petitions in every state, all created through the other modules' public APIs.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "organization",
            "calendar",
            "petition",
            "reception",
            "dialogue",
            "portal",
            "open311",
            "shared",
            "programme"
        })
@org.jspecify.annotations.NullMarked
package vn.danvan.demo;
