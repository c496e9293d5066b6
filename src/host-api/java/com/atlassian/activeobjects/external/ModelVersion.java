package com.atlassian.activeobjects.external;

/** Signature-only stub: an Active Objects model version (an integer; absent means 0). */
public final class ModelVersion implements Comparable<ModelVersion> {
    private ModelVersion() {
    }

    public static ModelVersion valueOf(String s) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public int compareTo(ModelVersion other) {
        throw new UnsupportedOperationException("stub");
    }
}
