package vn.danvan.petition;

/** One person, several people, or a group (đoàn đông người). */
public enum PetitionerKind {
    INDIVIDUAL,
    SEVERAL,
    GROUP
}
