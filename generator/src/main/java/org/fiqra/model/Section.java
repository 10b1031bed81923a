package org.fiqra.model;

/**
 * A heading inside the operative part or a report's body ({@code (ب) في مجال رعاية الطفل …:},
 * {@code مقدمة}).
 *
 * @param marker its letter as written ({@code (ب)}, {@code د)}), or empty
 */
public record Section(ClauseId id, int number, String marker, Text heading) implements BodyBlock {
}
