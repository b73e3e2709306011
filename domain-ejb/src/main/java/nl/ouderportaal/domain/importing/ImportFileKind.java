package nl.ouderportaal.domain.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CSV files an import knows, by their file name, with the columns of each. The order is the
 * order of import: what a file refers to comes in an earlier file.
 */
public enum ImportFileKind {
  LOCATIONS(
      "locaties.csv",
      List.of("locatie_id", "naam", "straat", "postcode", "plaats", "lrk_nummer", "opvangsoort"),
      List.of("open_van", "open_tot", "open_dagen")),
  GROUPS(
      "groepen.csv",
      List.of(
          "groep_id",
          "locatie_id",
          "naam",
          "leeftijd_van_maanden",
          "leeftijd_tot_maanden",
          "kindplaatsen"),
      List.of(
          "kindplaatsen_ochtend",
          "kindplaatsen_middag",
          "kindplaatsen_vso",
          "kindplaatsen_nso",
          "kindplaatsen_vakantie")),
  FAMILIES(
      "gezinnen.csv",
      List.of(
          "gezin_id",
          "straat",
          "postcode",
          "plaats",
          "ouder1_voornaam",
          "ouder1_achternaam",
          "ouder1_email"),
      List.of(
          "gezinsnaam",
          "ouder1_telefoon",
          "ouder2_voornaam",
          "ouder2_achternaam",
          "ouder2_email",
          "ouder2_telefoon")),
  CHILDREN(
      "kinderen.csv",
      List.of("kind_id", "gezin_id", "voornaam", "achternaam", "geboortedatum"),
      List.of()),
  CONTRACTS(
      "contracten.csv",
      List.of("contract_id", "kind_id", "locatie_id", "begindatum", "uren_per_jaar", "uurtarief"),
      List.of(
          "einddatum",
          "maandag",
          "dinsdag",
          "woensdag",
          "donderdag",
          "vrijdag",
          "flex_kdv_uren",
          "flex_bso_uren",
          "vakantiepret_uren")),
  PLACEMENTS(
      "plaatsingen.csv",
      List.of("plaatsing_id", "kind_id", "groep_id", "begindatum"),
      List.of("einddatum"));

  private final String fileName;
  private final List<String> requiredColumns;
  private final List<String> optionalColumns;

  ImportFileKind(String fileName, List<String> requiredColumns, List<String> optionalColumns) {
    this.fileName = fileName;
    this.requiredColumns = requiredColumns;
    this.optionalColumns = optionalColumns;
  }

  public String fileName() {
    return fileName;
  }

  public List<String> requiredColumns() {
    return requiredColumns;
  }

  public List<String> optionalColumns() {
    return optionalColumns;
  }

  /** All columns, the required ones first. */
  public List<String> columns() {
    List<String> all = new ArrayList<>(requiredColumns);
    all.addAll(optionalColumns);
    return List.copyOf(all);
  }

  /** The column holding the old system's id of the row, the first one. */
  public String idColumn() {
    return requiredColumns.get(0);
  }

  /** The kind of a file by its name without the folders before it, in any case. */
  public static Optional<ImportFileKind> byFileName(String name) {
    String baseName =
        name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
            .strip()
            .toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(kind -> kind.fileName.equals(baseName)).findFirst();
  }

  /** "locaties.csv, groepen.csv, ..." for the message about an unknown file. */
  static String knownFileNames() {
    return Arrays.stream(values()).map(ImportFileKind::fileName).collect(Collectors.joining(", "));
  }
}
