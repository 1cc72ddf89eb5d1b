package dev.clientlens.generate;

import java.util.List;

/**
 * A deliverable, with the noun forms each language needs: English "a draft" / "the draft", Norwegian
 * "et utkast" / "utkastet" (the definite form is a suffix, so templates take whole noun phrases).
 */
record Thing(String enA, String enThe, String enName, String noA, String noThe, String noName) {

  static final List<Thing> ALL = List.of(
      new Thing("a first draft", "the draft", "draft", "et førsteutkast", "utkastet", "utkast"),
      new Thing("a logo proposal", "the logo proposal", "logo proposal", "et logoforslag", "logoforslaget",
          "logoforslag"),
      new Thing("a landing page", "the landing page", "landing page", "en landingsside", "landingssiden",
          "landingsside"),
      new Thing("a brochure", "the brochure", "brochure", "en brosjyre", "brosjyren", "brosjyre"),
      new Thing("an annual report layout", "the annual report", "annual report", "en årsrapport", "årsrapporten",
          "årsrapport"),
      new Thing("a newsletter template", "the newsletter template", "newsletter template", "en nyhetsbrevmal",
          "nyhetsbrevmalen", "nyhetsbrevmal"),
      new Thing("a campaign plan", "the campaign plan", "campaign plan", "en kampanjeplan", "kampanjeplanen",
          "kampanjeplan"),
      new Thing("a presentation", "the presentation", "presentation", "en presentasjon", "presentasjonen",
          "presentasjon"),
      new Thing("new web copy", "the web copy", "web copy", "ny nettsidetekst", "nettsideteksten", "nettsidetekst"),
      new Thing("a style guide", "the style guide", "style guide", "en profilhåndbok", "profilhåndboken",
          "profilhåndbok"),
      new Thing("a social media plan", "the social media plan", "social media plan", "en plan for sosiale medier",
          "planen for sosiale medier", "plan for sosiale medier"),
      new Thing("a product sheet", "the product sheet", "product sheet", "et produktark", "produktarket",
          "produktark"),
      new Thing("a press release", "the press release", "press release", "en pressemelding", "pressemeldingen",
          "pressemelding"));

  String a(Language language) {
    return language == Language.EN ? enA : noA;
  }

  String the(Language language) {
    return language == Language.EN ? enThe : noThe;
  }

  String name(Language language) {
    return language == Language.EN ? enName : noName;
  }
}
