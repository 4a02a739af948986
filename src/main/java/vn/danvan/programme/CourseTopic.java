package vn.danvan.programme;

/** What a training course teaches cadres: dân vận work, citizen reception skills, the law. */
public enum CourseTopic {
    MOBILISATION,
    RECEPTION,
    LAW
}
