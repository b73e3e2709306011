package nl.ouderportaal.domain.importing;

import java.util.List;

/** A small organisation as its old system exports it: two locations, two families. */
final class SampleFiles {

  static final String LOCATIONS =
      """
      locatie_id;naam;straat;postcode;plaats;lrk_nummer;opvangsoort;open_van;open_tot;open_dagen
      L1;KDV De Boomhut;Oudegracht 210;3511 NR;Utrecht;190004836;KDV;7:30;18:30;ma-vr
      L2;BSO De Vlinder;Biltstraat 12;3572AB;Utrecht;123 456 789;buitenschoolse opvang;07.00;18.30;"ma,di,do"
      L3;Kinderdagverblijf 't Kasteel;Kasteellaan 1;3931 AA;Woudenberg;987654321;Kinderdagverblijf;;;
      """;

  static final String GROUPS =
      """
      groep_id;locatie_id;naam;leeftijd_van_maanden;leeftijd_tot_maanden;kindplaatsen;kindplaatsen_middag
      G1;L1;Egeltjes;0;24;12;10
      G2;L1;Vosjes;24;48;16;
      G3;L2;Middenbouw;48;96;20;
      """;

  /** From another program: commas, quotes around an address with a comma, Windows-1252. */
  static final String FAMILIES =
      """
      gezin_id,gezinsnaam,straat,postcode,plaats,ouder1_voornaam,ouder1_achternaam,ouder1_email,\
      ouder1_telefoon,ouder2_voornaam,ouder2_achternaam,ouder2_email,ouder2_telefoon\r
      F1,De Vries,"Lange Nieuwstraat 4, achterhuis",3512 PH,Utrecht,Sanne,de Vries,\
      Sanne@Example.com,06-12345678,Mark,de Vries,mark@example.com,\r
      F2,,Twijnstraat 30,3511zl,Utrecht,Açelya,Ünal,acelya@example.com,+31 6 1234 5678,,,,\r
      """;

  static final String CHILDREN =
      """
      kind_id;gezin_id;voornaam;achternaam;geboortedatum
      K1;F1;Noor;de Vries;3-5-2025
      K2;F1;Daan;de Vries;2019-09-14
      K3;F2;Zoë;Ünal;14-02-2024
      """;

  static final String CONTRACTS =
      """
      contract_id;kind_id;locatie_id;begindatum;einddatum;maandag;dinsdag;woensdag;donderdag;vrijdag;uren_per_jaar;uurtarief;flex_kdv_uren;flex_bso_uren;vakantiepret_uren
      C1;K1;L1;1-1-2026;31-7-2028;hele dag;Hele dag;;;;1.056,00;€ 10,95;22;;
      C2;K2;L2;01-09-2026;;NSO;;VSO + NSO;;vakantiedag;480;9,20;;10;20
      C3;K3;L1;1/3/2026;;;ochtend;;middag;;528;10.95;;;
      """;

  static final String PLACEMENTS =
      """
      plaatsing_id;kind_id;groep_id;begindatum;einddatum
      P1;K1;G1;1-1-2026;2-5-2027
      P2;K1;G2;3-5-2027;
      P3;K2;G3;1-9-2026;
      P4;K3;G2;1-3-2026;
      """;

  private SampleFiles() {}

  /** The six files as Excel would save them: UTF-8 with a BOM, the families in Windows-1252. */
  static List<UploadedFile> all() {
    return List.of(
        Uploads.csvWithBom("locaties.csv", LOCATIONS),
        Uploads.csvWithBom("groepen.csv", GROUPS),
        Uploads.csv("gezinnen.csv", FAMILIES, Uploads.WINDOWS_1252),
        Uploads.csvWithBom("kinderen.csv", CHILDREN),
        Uploads.csv("contracten.csv", CONTRACTS, Uploads.WINDOWS_1252),
        Uploads.csvWithBom("plaatsingen.csv", PLACEMENTS));
  }
}
