package org.corpusbot.meetings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shapes of dev misses (session 38) that recur across the corpora: "they" after a speaker named
 * with others, the person after a nationality's head noun the tagger misreads, words the tagger
 * misreads between a preposition and a contact noun, a posting platform that is no person. Every
 * sentence is made up. A row is the text, " | ", and the named pairs expected, separated by "; ".
 */
class ListsAndPronounsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        // "they" after "A and B said" is both of them
        "Ana Lutz and Tom Lind said they had spoken to Sara Vick on Wednesday. | Ana Lutz - Sara"
            + " Vick; Tom Lind - Sara Vick",
        "Harlow Steel Corp and the Norland Workers Union said they have begun negotiations. |"
            + " Harlow Steel Corp - Norland Workers Union",
        "Tom Lind said they met Sara Vick on Wednesday. | Tom Lind - Sara Vick",
        // only "A, B and C said they", not an outlet or place before a comma
        "In a statement to Reuters, Tom Lind said they met Sara Vick on Wednesday. | Tom Lind -"
            + " Sara Vick",
        // the head noun after a possessive, whatever its tag, before "as well as"
        "Tom Lind met Sweden’s king as well as Crown Prince Haakon on Friday. | Tom Lind - Haakon",
        // a preposition the tagger calls an adjective qualifies no one before it
        "The Commerce Department held talks with Canadian officials about press reports. |"
            + " Commerce Department - Canada",
        // a compound or an adverb before the contact noun leaves it in its phrase
        "Sen. Tom Lind and Rep. Ana Vick gave their views at closed-door talks yesterday with"
            + " Speaker Sara Brun. | Tom Lind - Sara Brun; Ana Vick - Sara Brun",
        "Treasury Secretary Tom Lind spoke. Lind patched over the rift at a hastily arranged"
            + " meeting with Norwegian officials on Monday. | Tom Lind - Norway",
        // a fronted call or meeting: whom its subject addressed is the other side
        "In a phone call on Saturday, Tom Lind urged Ana Vick to end the strike. | Tom Lind - Ana"
            + " Vick",
        "During their meeting, Tom Lind pressed Ana Vick for more sanctions. | Tom Lind - Ana Vick",
        // session 50: whom a fronted call addressed by office is that office's country
        "In a July phone call, President Tom Lind asked the president of Norway to investigate. |"
            + " Tom Lind - Norway",
        "In a phone call on Monday, President Tom Lind urged the prime minister of Norway to act. |"
            + " Tom Lind - Norway",
        "In a phone call, President Tom Lind urged the president of Norway's central bank to act."
            + " | ",
        "At a meeting on safety, director Tom Lind urged Harlow Party officials to act. | ",
        // an owner before modifiers of the contact noun; "following" opens a phrase like "after"
        "Tom Lind’s first meeting with Ana Vick went well. | Tom Lind - Ana Vick",
        "Tom Lind signed off on the deal following a meeting at the palace with Ana Vick. | Tom"
            + " Lind - Ana Vick",
        // who speaks after a fronted contact with someone named took part in it; not on a topic
        "In an Oval Office meeting last Thursday with Ana Vick, Tom Lind said the talks went"
            + " well. | Tom Lind - Ana Vick",
        "Speaking after talks with Ana Vick, Tom Lind said a deal was near. | Tom Lind - Ana Vick",
        "On the trade talks under way with Norway, Tom Lind said banks need access. | ",
        "The meeting with Ana Vick was only confirmed in the last few days, Tom Lind said. | ",
        // a sentence's subject described is no fronted phrase: the speaker's body did not meet
        "The actor met briefly with President Tom Lind before the show, White House press"
            + " secretary Ana Vick said. | ",
        // an outlet whose name ends with a time word, also at a sentence's end
        "During a meeting with the USA TODAY Editorial Board, Tom Lind said tests are needed. | ",
        "Tom Lind met Ana Vick on Monday, he told USA TODAY | Tom Lind - Ana Vick",
        "Tom Lind explained the conditions during the first round of talks with Ana Vick. | Tom"
            + " Lind - Ana Vick",
        // a body that is no company does not take a person's surname
        "Members watched the hearing in the Lutz Caucus room. Ana Lutz, a lawyer, spoke later."
            + " Tom Lind met Lutz on Monday. | Tom Lind - Ana Lutz",
        // a platform one posts on is no person a pronoun can stand for
        "President Tom Lind spoke on Monday. “We have a deal,” he said on Truth Social,"
            + " describing his meeting with Sara Vick. | Tom Lind - Sara Vick"
      })
  void pairs(String row) {
    MadeUpText.assertRow(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // session 40: the first of a list after "leaders from" or "ministers of" had been dropped
        "Leaders from Germany, France and Italy attended the summit in Brussels on Friday. |"
            + " Germany - France; Germany - Italy; France - Italy",
        "Foreign ministers of Germany, France and Italy met in Brussels on Friday. | Germany -"
            + " France; Germany - Italy; France - Italy",
        "Delegates from Ukraine and Russia held talks on Monday near the border. | Ukraine -"
            + " Russia",
        // and the first after "was attended by" (the group began after the first comma)
        "The summit in Brussels on Friday was attended by Olaf Brandt, Anna Berg and Tom Reed. |"
            + " Olaf Brandt - Anna Berg; Olaf Brandt - Tom Reed; Anna Berg - Tom Reed",
        // session 50: a name after a fronted phrase's comma opens the main clause though a word
        // of when or how stands before its verb; a participle and its preposition open the
        // phrase, not a clause of their own
        "In a letter to Gov. Omar Lind, Senator Ana Vick this week called for more school"
            + " security. | Ana Vick - Omar Lind",
        "Speaking after an hour-long meeting with Tom Lind, Ana Vick also said she was"
            + " satisfied. | Ana Vick - Tom Lind",
        "In a letter to Speaker Omar Lind, Rep. Ana Vick, chairman of the Harbor Caucus, called the"
            + " move an affront. | Ana Vick - Omar Lind",
        "Talks between Norway, Sweden and Finland still had some distance to run. | Norway -"
            + " Sweden; Norway - Finland; Sweden - Finland",
        "Signing the letter along with Governor Ana Vick were Governor Tom Lind and Governor Sara"
            + " Brun. | ",
        // review 50: the participle's phrase holds only the contact noun's modifiers, not an
        // owner or another phrase
        "Speaking after Ana Vick's hour-long meeting with Tom Lind, Paul Orr said the talks went"
            + " well. | ",
        "Speaking after the cancellation of the meeting with Tom Lind, Paul Orr said he was"
            + " disappointed. | ",
        "Speaking on the eve of the summit with Tom Lind, Paul Orr said he was hopeful. | ",
        // review 50: a list member after "and" with an adverb and a verb opens a clause
        "Ana Vick met with Tom Lind of the Harbor Group and Paul Orr later said the talks went"
            + " well. | Ana Vick - Tom Lind",
        // review 50: a place after the body is the body's, and a reduced participle no verb
        "Ana Vick met with Tom Lind of the University of Oslo, Norway, and Paul Orr. | Ana Vick -"
            + " Tom Lind",
        "Ana Vick met with Tom Lind, Paul Orr recently elected to the board, and Sam Dee. | Ana"
            + " Vick - Tom Lind; Ana Vick - Paul Orr",
        // session 50: the body a listed person belongs to does not end the list
        "President Omar Lind met with Chairman Ana Vick of the Council of Economic Advisers and"
            + " chief of staff Tom Reed. | Omar Lind - Ana Vick; Omar Lind - Tom Reed",
        "President Omar Lind met with Ana Vick of the council, and Tom Reed. | Omar Lind - Ana"
            + " Vick; Omar Lind - Tom Reed",
        // but a verb or a person in the phrase after "of" does
        "President Omar Lind met with Ana Vick of the council that Tom Reed leads. | Omar Lind -"
            + " Ana Vick"
      })
  void everyMemberOfAListOfPeopleIsAParty(String row) {
    MadeUpText.assertRow(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // session 40: two people of one surname are two ("Biden" and "Joe Biden" are one)
        "President Omar Lind and first lady Ana Lind welcomed Prime Minister Tom Reed to the palace"
            + " on Friday. | Omar Lind - Tom Reed; Ana Lind - Tom Reed",
        "Prime Minister Tom Reed sent his letter of resignation to President Omar Reed on Friday."
            + " | Tom Reed - Omar Reed",
        // a lower-case title between "and" and the next name keeps the list together
        "Secretary of State Tom Reed and national security adviser Ann Cole met with Mira Vale on"
            + " Friday. | Tom Reed - Mira Vale; Ann Cole - Mira Vale",
        // a name called something in quotes, or a debate, is no contact
        "Omar Lind called Tom Reed ‘stupid’ on Monday. | ",
        "Ana Vick and Tom Lind met for their first debate on Tuesday. | ",
        // session 50: "the president of" a country is the country, as "the king of" one was
        "President Omar Lind met with the president of Norway on Monday. | Omar Lind - Norway",
        "Governor Ana Vick spoke to the president of the Peruvian central bank. | ",
        // review 50: not a possessive country nor the start of a longer name
        "Governor Ana Vick met with the president of Norway's central bank on Monday. | ",
        "Governor Ana Vick met with the president of the United States Chamber of Commerce on"
            + " Monday. | ",
        // review 50: the office's holder stands right after the body's comma
        "Ana Vick met with the king of Norway over the arrest of a journalist, Tom Lind. | Ana"
            + " Vick - Norway",
        // and the office's holder in apposition is the one party, not the country beside them
        "President Omar Lind spoke with the king of Norway, Harald Vale, on Monday. | Omar Lind -"
            + " Harald Vale",
        "President Omar Lind met the foreign minister of Norway, and Ana Vick. | Omar Lind -"
            + " Norway; Omar Lind - Ana Vick"
      })
  void samePeopleAndListsAcrossTitles(String row) {
    MadeUpText.assertRow(row);
  }
}
