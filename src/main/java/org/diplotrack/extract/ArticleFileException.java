package org.diplotrack.extract;

import java.io.IOException;

/** An article file that cannot be read: the message, in the user's language, names the file and why. */
public final class ArticleFileException extends IOException {
    private static final long serialVersionUID = 1L;

    ArticleFileException(String message) {
        super(message);
    }

    ArticleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
