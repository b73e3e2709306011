package nl.ouderportaal.domain.importing;

import java.util.Arrays;
import java.util.Objects;

/**
 * One file as the service desk uploaded it, a {@code .csv} or a {@code .zip} holding them; also one
 * file taken out of such a ZIP, named by its path in the ZIP.
 */
public record UploadedFile(String name, byte[] content) {

  public UploadedFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UploadedFile file
        && name.equals(file.name)
        && Arrays.equals(content, file.content);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return name + " (" + content.length + " bytes)";
  }
}
