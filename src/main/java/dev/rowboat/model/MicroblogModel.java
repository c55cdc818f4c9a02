package dev.rowboat.model;

import java.util.List;

/** The annotated classes of the built-in microblog, in dependency order. */
public final class MicroblogModel {
    public static final List<Class<?>> ENTITY_CLASSES =
            List.of(User.class, Post.class, Profile.class, Tag.class);

    private MicroblogModel() {
    }
}
