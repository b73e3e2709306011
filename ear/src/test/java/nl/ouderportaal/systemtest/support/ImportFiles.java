package nl.ouderportaal.systemtest.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.ouderportaal.domain.importing.Imports;

/**
 * The files of an organisation's old system, as a test imports them: a KDV and a BSO location with
 * their groups and three families (five children) with contracts and placements, each id and
 * address made unique by a token, so that tests never meet each other's imports.
 */
public final class ImportFiles {

  private final String token;
  private final String lrkKdv;
  private final String lrkBso;
  private final Map<String, String> files = new LinkedHashMap<>();

  public ImportFiles(String token) {
    // "imp" keeps the imported names apart from the scenario's own families of the same token
    this.token = "imp" + token.toLowerCase(Locale.ROOT);
    this.lrkKdv = lrk();
    this.lrkBso = lrk();
    LocalDate start = LocalDate.now().withDayOfMonth(1).minusMonths(1);
    String s = date(start);
    files.put(
        "locaties.csv",
        """
        locatie_id;naam;straat;postcode;plaats;lrk_nummer;opvangsoort;open_van;open_tot;open_dagen
        L1-%1$s;KDV Het Anker %1$s;Havenstraat 1;3511 AA;Utrecht;%2$s;KDV;7:30;18:30;ma-vr
        L2-%1$s;BSO De Kaap %1$s;Havenstraat 3;3511 AA;Utrecht;%3$s;BSO;;;
        """
            .formatted(this.token, lrkKdv, lrkBso));
    files.put(
        "groepen.csv",
        """
        groep_id;locatie_id;naam;leeftijd_van_maanden;leeftijd_tot_maanden;kindplaatsen
        G1-%1$s;L1-%1$s;Dolfijnen;0;48;12
        G2-%1$s;L2-%1$s;Zeilers;48;156;20
        """
            .formatted(this.token));
    files.put(
        "gezinnen.csv",
        """
        gezin_id;gezinsnaam;straat;postcode;plaats;ouder1_voornaam;ouder1_achternaam;ouder1_email;ouder1_telefoon;ouder2_voornaam;ouder2_achternaam;ouder2_email;ouder2_telefoon
        F1-%1$s;Zeeman %1$s;Kade 1;3512 AB;Utrecht;Iris;Zeeman;iris-%1$s@test.example;06 11111111;Joost;Zeeman;joost-%1$s@test.example;
        F2-%1$s;Visser %1$s;Kade 2;3512 AB;Utrecht;Karin;Visser;karin-%1$s@test.example;;;;;
        F3-%1$s;Bakker %1$s;Kade 3;3512 AB;Utrecht;Lars;Bakker;lars-%1$s@test.example;;;;;
        """
            .formatted(this.token));
    files.put(
        "kinderen.csv",
        """
        kind_id;gezin_id;voornaam;achternaam;geboortedatum
        K1-%1$s;F1-%1$s;Mare;Zeeman;%2$s
        K2-%1$s;F1-%1$s;Siem;Zeeman;%3$s
        K3-%1$s;F2-%1$s;Lot;Visser;%4$s
        K4-%1$s;F3-%1$s;Ties;Bakker;%5$s
        K5-%1$s;F3-%1$s;Puck;Bakker;%6$s
        """
            .formatted(
                this.token,
                date(LocalDate.now().minusMonths(10)),
                date(LocalDate.now().minusYears(6)),
                date(LocalDate.now().minusYears(2)),
                date(LocalDate.now().minusYears(3)),
                date(LocalDate.now().minusYears(8))));
    files.put(
        "contracten.csv",
        """
        contract_id;kind_id;locatie_id;begindatum;einddatum;maandag;dinsdag;woensdag;donderdag;vrijdag;uren_per_jaar;uurtarief;flex_kdv_uren;flex_bso_uren;vakantiepret_uren
        C1-%1$s;K1-%1$s;L1-%1$s;%2$s;;hele dag;hele dag;;;;1.056,00;10,95;44;;
        C2-%1$s;K2-%1$s;L2-%1$s;%2$s;;NSO;;NSO;;;480;9,85;;18;44
        C3-%1$s;K3-%1$s;L1-%1$s;%2$s;;;ochtend;;ochtend;;528;10,95;;;
        C4-%1$s;K4-%1$s;L1-%1$s;%2$s;;;;hele dag;;;528;10,95;22;;
        C5-%1$s;K5-%1$s;L2-%1$s;%2$s;;;NSO;;;;240;9,85;;;
        """
            .formatted(this.token, s));
    files.put(
        "plaatsingen.csv",
        """
        plaatsing_id;kind_id;groep_id;begindatum;einddatum
        P1-%1$s;K1-%1$s;G1-%1$s;%2$s;
        P2-%1$s;K2-%1$s;G2-%1$s;%2$s;
        P3-%1$s;K3-%1$s;G1-%1$s;%2$s;
        P4-%1$s;K4-%1$s;G1-%1$s;%2$s;
        P5-%1$s;K5-%1$s;G2-%1$s;%2$s;
        """
            .formatted(this.token, s));
  }

  /** A file with its text changed, e.g. a row of another address. */
  public ImportFiles replace(String file, String text, String by) {
    String content = files.get(file);
    if (!content.contains(text)) {
      throw new IllegalArgumentException(file + " has no " + text);
    }
    files.put(file, content.replace(text, by));
    return this;
  }

  /** A line more at the end of a file. */
  public ImportFiles add(String file, String line) {
    files.put(file, files.get(file) + line.formatted(token) + "\n");
    return this;
  }

  public String text(String file) {
    return files.get(file);
  }

  public String token() {
    return token;
  }

  public String kdvLrk() {
    return lrkKdv;
  }

  /** The six files, uploaded one by one (UTF-8 with a BOM, as Excel saves it). */
  public List<Imports.Upload> uploads() {
    return files.entrySet().stream().map(e -> upload(e.getKey(), withBom(e.getValue()))).toList();
  }

  /** The six files together in one ZIP. */
  public List<Imports.Upload> zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry("export/" + file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.of(upload("export-" + token + ".zip", bytes.toByteArray()));
  }

  /** The ZIP as bytes, for a browser test that uploads it. */
  public byte[] zipBytes() {
    try {
      return zip().get(0).content().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Imports.Upload upload(String name, byte[] content) {
    return new Imports.Upload(name, content.length, new ByteArrayInputStream(content));
  }

  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[body.length + 3];
    all[0] = (byte) 0xEF;
    all[1] = (byte) 0xBB;
    all[2] = (byte) 0xBF;
    System.arraycopy(body, 0, all, 3, body.length);
    return all;
  }

  private static String date(LocalDate day) {
    return day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear();
  }

  private static String lrk() {
    return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
  }
}
