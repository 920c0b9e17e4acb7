package org.ehcpqa.practice;

public enum PracticeEventType {
    AUDIT_CYCLE, MODERATION_SESSION, PRACTICE_LEARNING, TRAINING
}
