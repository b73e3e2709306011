package nl.ouderportaal.domain.importing;

/**
 * How much an import may read. The uploads come from people, so every size is counted while
 * reading: a ZIP's header can claim anything, and a few kilobytes can inflate to gigabytes.
 */
public final class ImportLimits {

  private static final long MB = 1024L * 1024L;

  /** One upload, and all uploads of one import together. */
  public static final long MAX_UPLOAD_BYTES = 20 * MB;

  /** Every entry counts, also the directories and the macOS extras we skip. */
  public static final int MAX_ZIP_ENTRIES = 20;

  /** What all ZIPs of one import may inflate to together. */
  public static final long MAX_UNCOMPRESSED_BYTES = 50 * MB;

  /**
   * An entry that inflates more than this many times its compressed size is a ZIP bomb, once it is
   * past {@link #MIN_BYTES_FOR_RATIO}: below that, small files of repeated text may compress well.
   */
  public static final int MAX_COMPRESSION_RATIO = 100;

  public static final long MIN_BYTES_FOR_RATIO = MB;

  /** Where the content is looked at to tell text from binary files. */
  public static final int BINARY_SAMPLE_BYTES = 8 * 1024;

  /** Names and other texts, as the columns in the database. */
  public static final int MAX_TEXT_LENGTH = 100;

  /** The phone number as typed, as its column in the database. */
  public static final int MAX_PHONE_LENGTH = 30;

  /**
   * Values are repeated in a problem so the service desk recognises them, but a file that is one
   * long line must not end up whole in the list of problems: longer texts are cut off.
   */
  public static final int MAX_TEXT_IN_PROBLEM = 250;

  private ImportLimits() {}

  /** For the messages, which speak of whole megabytes: 20.1 MB is too much, so it says 21. */
  static int megabytes(long bytes) {
    return (int) ((bytes + MB - 1) / MB);
  }
}
