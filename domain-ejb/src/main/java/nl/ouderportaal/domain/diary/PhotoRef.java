package nl.ouderportaal.domain.diary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A photo as pages show it: its id (for the photo servlet), size, caption and who is in it. */
public record PhotoRef(
    UUID id, int width, int height, String caption, Instant uploadedAt, List<String> children)
    implements Serializable {}
