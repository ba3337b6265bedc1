package org.diplotrack.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** A one-way converter for choice boxes: how a value is shown (null shows as nothing). */
public final class LabelConverter<T> extends StringConverter<T> {
    private final Function<T, String> show;

    public LabelConverter(Function<T, String> show) {
        this.show = show;
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : show.apply(value);
    }

    @Override
    public T fromString(String text) {
        return null;
    }
}
