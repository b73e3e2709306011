package nl.ouderportaal.domain.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the uploads of an import into one table per file kind. Nothing the service desk uploads
 * makes this fail: whatever cannot be read becomes a problem naming the file and, where it can, the
 * line and column. A file with a problem in its header gives no table at all, as its rows cannot be
 * read reliably; a row with the wrong number of fields is left out.
 */
public final class ImportFiles {

  /** The tables that could be read, by kind, and the problems, in the order they were found. */
  public record Read(Map<ImportFileKind, CsvTable> tables, List<ImportProblem> problems) {

    public Read {
      Map<ImportFileKind, CsvTable> copy = new EnumMap<>(ImportFileKind.class);
      copy.putAll(tables);
      tables = Collections.unmodifiableMap(copy);
      problems = List.copyOf(problems);
    }

    public Optional<CsvTable> table(ImportFileKind kind) {
      return Optional.ofNullable(tables.get(kind));
    }
  }

  private ImportFiles() {}

  public static Read read(List<UploadedFile> uploads) {
    List<ImportProblem> problems = new ArrayList<>();
    Optional<List<UploadedFile>> withinLimits = withinLimits(uploads, problems);
    if (withinLimits.isEmpty()) {
      return new Read(Map.of(), problems);
    }
    Map<ImportFileKind, CsvTable> tables = new EnumMap<>(ImportFileKind.class);
    Map<ImportFileKind, String> seen = new EnumMap<>(ImportFileKind.class);
    for (UploadedFile file : csvFiles(withinLimits.get(), problems)) {
      Optional<ImportFileKind> kind = ImportFileKind.byFileName(file.name());
      if (kind.isEmpty()) {
        problems.add(
            ImportProblem.aboutFile(
                file.name(), "import.unknownFile", file.name(), ImportFileKind.knownFileNames()));
      } else if (seen.containsKey(kind.get())) {
        problems.add(
            ImportProblem.aboutFile(
                file.name(), "import.duplicateFile", file.name(), seen.get(kind.get())));
      } else {
        seen.put(kind.get(), file.name());
        table(kind.get(), file, problems).ifPresent(table -> tables.put(table.kind(), table));
      }
    }
    return new Read(tables, problems);
  }

  /**
   * The uploads that are not too large by themselves; none when those together are too large. A 50
   * MB file gets its own problem and does not also make the others too large.
   */
  private static Optional<List<UploadedFile>> withinLimits(
      List<UploadedFile> uploads, List<ImportProblem> problems) {
    List<UploadedFile> accepted = new ArrayList<>();
    long total = 0;
    for (UploadedFile upload : uploads) {
      if (upload.content().length > ImportLimits.MAX_UPLOAD_BYTES) {
        problems.add(
            ImportProblem.aboutFile(
                upload.name(),
                "import.tooLarge",
                upload.name(),
                ImportLimits.megabytes(upload.content().length),
                ImportLimits.megabytes(ImportLimits.MAX_UPLOAD_BYTES)));
      } else {
        accepted.add(upload);
        total += upload.content().length;
      }
    }
    if (total > ImportLimits.MAX_UPLOAD_BYTES) {
      problems.add(
          ImportProblem.aboutFile(
              null,
              "import.totalTooLarge",
              ImportLimits.megabytes(total),
              ImportLimits.megabytes(ImportLimits.MAX_UPLOAD_BYTES)));
      return Optional.empty();
    }
    return Optional.of(accepted);
  }

  /** The CSV files uploaded as they are or in ZIPs, in the order of the uploads. */
  private static List<UploadedFile> csvFiles(
      List<UploadedFile> uploads, List<ImportProblem> problems) {
    List<UploadedFile> csvFiles = new ArrayList<>();
    ZipUploads zips = new ZipUploads();
    for (UploadedFile upload : uploads) {
      String name = upload.name().toLowerCase(Locale.ROOT);
      if (name.endsWith(".zip")) {
        csvFiles.addAll(zips.csvFiles(upload, problems));
      } else if (name.endsWith(".csv")) {
        csvFiles.add(upload);
      } else {
        problems.add(ImportProblem.aboutFile(upload.name(), "import.fileType", upload.name()));
      }
    }
    return csvFiles;
  }

  private static Optional<CsvTable> table(
      ImportFileKind kind, UploadedFile file, List<ImportProblem> problems) {
    Optional<String> text = TextDecoding.decode(file.content());
    if (text.isEmpty()) {
      problems.add(ImportProblem.aboutFile(file.name(), "import.binary", file.name()));
      return Optional.empty();
    }
    CsvParser.Records parsed = CsvParser.parse(text.get());
    List<CsvParser.Record> records =
        parsed.records().stream().filter(record -> !record.isBlank()).toList();
    Optional<CsvTable> table = Optional.empty();
    if (!records.isEmpty()) {
      table = table(kind, file.name(), records, problems);
    } else if (parsed.unterminatedQuoteLine().isEmpty()) {
      problems.add(ImportProblem.aboutFile(file.name(), "import.empty", file.name()));
    }
    parsed
        .unterminatedQuoteLine()
        .ifPresent(
            line ->
                problems.add(
                    ImportProblem.at(file.name(), line, null, "import.unterminatedQuote", line)));
    return table;
  }

  private static Optional<CsvTable> table(
      ImportFileKind kind,
      String fileName,
      List<CsvParser.Record> records,
      List<ImportProblem> problems) {
    CsvParser.Record headerRecord = records.get(0);
    List<String> header = new ArrayList<>();
    int headerProblems = problems.size();
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < headerRecord.fields().size(); i++) {
      String written = headerRecord.fields().get(i);
      String column = columnName(written);
      if (column.isEmpty()) {
        // Excel writes an empty header cell for a column someone once typed in and cleared
        continue;
      }
      if (positions.containsKey(column)) {
        problems.add(
            ImportProblem.at(
                fileName, headerRecord.line(), column, "import.duplicateColumn", written));
      } else if (!kind.columns().contains(column)) {
        problems.add(
            ImportProblem.at(
                fileName,
                headerRecord.line(),
                written,
                "import.unknownColumn",
                written,
                String.join(", ", kind.columns())));
      } else {
        positions.put(column, i);
        header.add(column);
      }
    }
    for (String required : kind.requiredColumns()) {
      if (!positions.containsKey(required)) {
        problems.add(
            ImportProblem.at(
                fileName, headerRecord.line(), required, "import.missingColumn", required));
      }
    }
    if (problems.size() > headerProblems) {
      return Optional.empty();
    }

    int expected = headerRecord.fields().size();
    List<CsvRow> rows = new ArrayList<>();
    for (CsvParser.Record record : records.subList(1, records.size())) {
      if (record.fields().size() != expected) {
        problems.add(
            ImportProblem.at(
                fileName,
                record.line(),
                null,
                "import.fieldCount",
                expected,
                record.fields().size()));
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      positions.forEach((column, position) -> values.put(column, record.fields().get(position)));
      rows.add(new CsvRow(record.line(), values));
    }
    return Optional.of(new CsvTable(kind, fileName, header, rows));
  }

  /** "Open van", "open-van" and " OPEN_VAN " are all the column open_van. */
  static String columnName(String written) {
    return written.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }
}
