import {
  DETAILS_LEXICONS,
  placeTypeOf,
  placesNamedIn,
  proposeTheme,
  readRecommendationDetails,
  samePlace,
  splitAddressees,
  type ReportContext,
} from "../../../src/core/details";

describe("placeTypeOf", () => {
  it("reads the type of place from names in three languages, the most specific first", () => {
    const cases: [string, string | null][] = [
      ["HMP Greyfield", "prison"],
      ["Bramley Remand Prison", "pretrial"],
      ["Westgate Police Station", "policeStation"],
      ["Ashdown Psychiatric Hospital", "psychiatric"],
      ["Forensic Psychiatric Unit of Greyfield Prison", "psychiatric"],
      ["Lowmoor Immigration Removal Centre", "immigration"],
      ["Hollin Bank Care Home", "socialCare"],
      ["Oakridge Young Offender Institution", "juvenile"],
      ["Maison d'arrêt de Montbrun", "pretrial"],
      ["Centre de rétention administrative de Valmont", "immigration"],
      ["Commissariat de police de Valmont", "policeStation"],
      ["EHPAD Les Tilleuls", "socialCare"],
      ["Établissement pénitentiaire pour mineurs de Lavaur", "juvenile"],
      ["Centro Penitenciario Sierra Alta", "prison"],
      ["Comisaría de Policía de Torralba", "policeStation"],
      ["Centro de Internamiento de Extranjeros de Puerto Claro", "immigration"],
      ["Unidad de Salud Mental del Hospital de Torralba", "psychiatric"],
      ["Residencia de mayores San Isidro", "socialCare"],
      ["Centro de menores La Jara", "juvenile"],
      ["Town Hall", null],
    ];
    expect(cases.map(([name]) => [name, placeTypeOf(name)])).toEqual(cases);
  });
});

describe("placesNamedIn and samePlace", () => {
  it("finds named places, not generic mentions", () => {
    const names = (text: string) => placesNamedIn(text).map((p) => p.name);
    expect(
      names("The cells at Westgate Police Station and at the prison should be painted.")
    ).toEqual(["Westgate Police Station"]);
    expect(names("Transférer les détenus de la maison d'arrêt de Montbrun.")).toEqual([
      "maison d'arrêt de Montbrun",
    ]);
    expect(names("Que se cierre el módulo 3 del Centro Penitenciario Sierra Alta.")).toEqual([
      "Centro Penitenciario Sierra Alta",
    ]);
    expect(names("The Ministry of Justice should review all prisons.")).toEqual([]);
  });

  it("tells one place written two ways from two places", () => {
    expect(samePlace("Karlsby Detention Centre", "Karlsby Detention Centre for Foreigners")).toBe(
      true
    );
    expect(samePlace("Westgate Police Station", "Eastgate Police Station")).toBe(false);
  });
});

describe("splitAddressees", () => {
  it("keeps several authorities apart, and a name holding 'and' whole", () => {
    expect(splitAddressees("the Ministry of the Interior and the Ministry of Health")).toEqual([
      "Ministry of the Interior",
      "Ministry of Health",
    ]);
    expect(splitAddressees("Ministère de la Justice et ministère de la Santé")).toEqual([
      "Ministère de la Justice",
      "Ministère de la Santé",
    ]);
    expect(splitAddressees("Ministerio del Interior y Ministerio de Sanidad")).toEqual([
      "Ministerio del Interior",
      "Ministerio de Sanidad",
    ]);
    expect(splitAddressees("HMP Greyfield and NHS Tayside and Fife")).toEqual([
      "HMP Greyfield",
      "NHS Tayside and Fife",
    ]);
    expect(splitAddressees("Department of Health and Social Care")).toEqual([
      "Department of Health and Social Care",
    ]);
    expect(splitAddressees("Ministry of Justice; Ministry of Health; Ministry of Justice")).toEqual(
      ["Ministry of Justice", "Ministry of Health"]
    );
    expect(splitAddressees("Dirección General de la Policía. Ministerio del Interior")).toEqual([
      "Dirección General de la Policía. Ministerio del Interior",
    ]);
  });

  it("reads a one-word post followed by a comma as that post of the place named after it", () => {
    expect(splitAddressees("Director, Eastfield Prison")).toEqual(["Director, Eastfield Prison"]);
    expect(splitAddressees("Directeur, centre pénitentiaire de Lesquin")).toEqual([
      "Directeur, centre pénitentiaire de Lesquin",
    ]);
    expect(splitAddressees("Ministry of Health, Ministry of Justice")).toEqual([
      "Ministry of Health",
      "Ministry of Justice",
    ]);
  });
});

describe("proposeTheme", () => {
  it("proposes a theme of the list when one clearly leads, else none", () => {
    expect(
      proposeTheme(
        "Ensure that every detainee can see a doctor and that medical examinations are confidential.",
        DETAILS_LEXICONS.en
      )
    ).toBe("health");
    expect(
      proposeTheme(
        "Garantir l'accès à un avocat dès le début de la garde à vue et informer les personnes de leurs droits.",
        DETAILS_LEXICONS.fr
      )
    ).toBe("safeguards");
    expect(
      proposeTheme(
        "Que se reparen la calefacción y las ventanas de las celdas.",
        DETAILS_LEXICONS.es
      )
    ).toBe("conditions");
    expect(proposeTheme("Consider the matter further.", DETAILS_LEXICONS.en)).toBeNull();
  });
});

describe("readRecommendationDetails", () => {
  const onePlace: ReportContext = {
    language: "en",
    date: "2025-03-10",
    places: ["Bramley Prison"],
    title: "Report on the visit to Bramley Prison",
  };

  it("gives the report's place, its type, the deadline and the addressees, marked read or guessed", () => {
    const details = readRecommendationDetails(
      {
        text: "The Ministry of Justice and the Ministry of Health should fill the vacant posts of doctor by 30 September 2025.",
        addressee: "the Ministry of Justice and the Ministry of Health",
      },
      onePlace
    );
    expect(details).toEqual({
      deadline: { value: "2025-09-30", origin: "report" },
      place: { value: "Bramley Prison", origin: "report" },
      placeType: { value: "Prison", origin: "guessed" },
      authority: { value: "Ministry of Justice; Ministry of Health", origin: "report" },
      theme: { value: "Health care", origin: "guessed" },
    });
  });

  it("takes timeframe, priority and deadline from a table row's cells", () => {
    const row = (timeframe: string) =>
      readRecommendationDetails(
        { text: "Provide written information on rights.", timeframe, priority: "High" },
        onePlace
      );
    expect(row("6 months")).toMatchObject({
      deadline: { value: "2025-09-10" },
      priority: { value: "high" },
    });
    expect(row("Immediately")).toMatchObject({ timeframe: { value: "short" } });
    expect(row("Immediately").deadline).toBeUndefined();
  });

  it("takes another place when the recommendation is about it, never one given as an example", () => {
    const several: ReportContext = {
      language: "en",
      date: "2025-03-10",
      places: ["Westgate Police Station", "Eastgate Police Station"],
      title: "Report on visits to police stations",
    };
    expect(
      readRecommendationDetails(
        { text: "The cells at Eastgate Police Station should no longer be used overnight." },
        several
      ).place
    ).toEqual({ value: "Eastgate Police Station", origin: "report" });
    const none = readRecommendationDetails(
      {
        text: "Introduce crisis plans in every station, drawing on the experience of Westgate Police Station.",
      },
      several
    );
    expect(none.place).toBeUndefined();
    // All places of the report are police stations: the type holds for every recommendation.
    expect(none.placeType).toEqual({ value: "Police station", origin: "guessed" });
    expect(
      readRecommendationDetails(
        { text: "Detainees held at Lowmoor Immigration Removal Centre should have phones." },
        onePlace
      ).place
    ).toEqual({ value: "Lowmoor Immigration Removal Centre", origin: "report" });
  });

  it("writes the type of place and theme in the report's language", () => {
    const details = readRecommendationDetails(
      {
        text: "Que se reparen la calefacción y las ventanas de las celdas en un plazo de tres meses.",
      },
      {
        language: "es",
        date: "2025-03-10",
        places: ["Comisaría de Policía de Torralba"],
        title: "",
      }
    );
    expect(details).toMatchObject({
      deadline: { value: "2025-06-10" },
      placeType: { value: "Comisaría de policía" },
      theme: { value: "Condiciones materiales" },
    });
  });
});
