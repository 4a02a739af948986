package vn.danvan.programme;

/** What a story (bài tuyên truyền) is about. */
public enum StoryTopic {
    MODEL,
    CAMPAIGN,
    RESULT,
    OTHER
}
