package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.corpusbot.corpus.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanFinderTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // question | sentence | holds a number of the very kind asked
        "How much damage did the tourist cause? | He caused $5,400 in damages. | true",
        "How much damage did the tourist cause? | It was carved in 1563 by 3 men. | false",
        "How many hot dogs did he eat? | He ate 63 hot dogs in 10 minutes. | true",
        "How many hot dogs did he eat? | He won for the 16th time, by 10 minutes. | false",
        "What percent of voters agree? | Some 56% agree, in 3 states. | true",
        "What percent of voters agree? | They agree, in 3 states. | false",
        "How much have prices increased? | Prices rose by $1.20 this year. | true",
        // user trial 57: a measure asked ("how wide", "how long") is given in its units
        "How old is the statue? | It is 460 years old. | true",
        "How old is the statue? | It was moved by 3 men. | false",
        "How wide is the crater? | It is roughly 91.8 feet (28 meters) wide. | true",
        "How long does the department have? | It has 30 days to publish the files. | true",
        "How long does the department have? | It has 2 lawyers on the files. | false",
        // user trial 58: the counted noun ends at its verb, whatever follows
        "How many Republicans voted for Biden's bill in the House? | 19 Republican senators voted for it. | true",
        "How many Republicans voted for Biden's bill in the House? | The $1.2 trillion law passed. | false",
        // review 57: a duration asked is no length; a rate is a percentage
        "How long did it take to build the wall? | It took 3 years to build. | true",
        "How long did it take to build the wall? | It runs for 2 miles. | false",
        "How long is the wall? | It runs for 2 miles. | true",
        "How high is inflation? | Inflation stands at 9.1% in 3 states. | true",
        "How high is inflation? | Inflation hit 3 states hard. | false",
      })
  void aNumberOfTheVeryKindAskedIsAStrongCue(String question, String sentence, boolean fits) {
    assertThat(new SpanFinder(question).fitsNumber(sentence)).isEqualTo(fits);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Who won the election?                   | NAME",
        "Which car company unveiled the EQXX?    | NAME",
        "What well-known company split its stock? | NAME",
        "Who is Ann Neuberger?                   | NONE", // a description is wanted
        "When did Biden and Putin talk?          | TIME",
        "In what year did it open?               | TIME",
        "Where did Putin and Biden meet?         | PLACE",
        "Which US city had the worst air?        | PLACE",
        "Where can Moscow and Washington cooperate? | NONE", // not a place
        "How many hot dogs did he eat?           | NUMBER",
        "How much was Instagram fined?           | NUMBER",
        "What percentage of adults agree?        | NUMBER",
        "Why did the ferry workers strike?       | NONE",
        "What did Washington hand over to Moscow? | NONE",
        // a kind of common thing: the sentence answers, not a capitalised word in it
        "Which measure did lawmakers leave out?  | NONE",
        "Which menu item is being discontinued?  | NONE",
        "Which sport did she take up?            | NONE",
        "Which major sports league expanded?     | NAME", // a league has a name
        "Which two countries are forging ties?   | PLACE",
        // user trial 57: the first cue of the question's last sentence with one asks
        "Where did the ministers meet when Ukraine and Russia agreed to a truce? | PLACE",
        "When the war began he was 20. Who led the army? | NAME",
        "Who won, and by how many votes?         | NUMBER",
        // review 57: abbreviations, leading clauses, a clause after the ask
        "Where was Dr. Fauci when the theory emerged? | PLACE",
        "How many votes did Sen. Warren get when she ran? | NUMBER",
        "In the city where the flood hit, how many homes fell? | NUMBER",
        "When the war began, how many troops did Russia have? | NUMBER",
        "The senator who blocked the bill, when was she elected? | TIME",
        "How many people, including children, died when the storm hit? | NUMBER",
        "Hurricane Lina made landfall in which country? | PLACE",
        "What is the name of the new law?         | NONE",
        "How wide is the double crater?          | NUMBER",
        "How soon could gas top $4 again?        | TIME",
        "What are the names of the giant pandas? | NAME",
        // user trial 58: a "when" inside a question a sentence answers asks no time
        "What did the judge say when he blocked the ban? | NONE",
        "Why did the ferry stop when the storm came?  | NONE",
        "How did Paris react when the law passed?     | NONE",
        "What year did the war end when the treaty was signed? | TIME",
        "What did she say, and when?                  | TIME",
        // review 58: "what is / was the name of …" still asks for a name, place or time
        "What was the name of the man who shot the mayor? | NAME",
        "What is the name of the city where Macron met Zelensky? | PLACE",
        // user trial 59: a relative clause or a "when" that says which one asks nothing
        "What did the rabbi say about the survivor, about to turn 100, who lit the first candle? | NONE",
        "Why did the senator, who lost in May, resign? | NONE",
        "What was the vote when the committee approved the resolution? | NONE",
        "What is the mood in Kyiv when the sirens sound? | NONE",
        // review 59: a second question after a comma, a time asked in so many words
        "What did Biden announce, when will it take effect? | TIME",
        "What did Biden say, who did he blame?       | NAME",
        "What was the date when the bill was signed? | TIME",
        "What was the year when the wall fell?       | TIME",
      })
  void theKindOfShortAnswerAQuestionWants(String question, WantedSpan wanted) {
    assertThat(WantedSpan.of(question)).isEqualTo(wanted);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // question | sentence | short answer ('' for none)
        "Which car company unveiled the EQXX? | Mercedes unveiled the EQXX, a concept car. | Mercedes",
        // a "which" noun of a checkable type: a country, a state, a person
        "Hurricane Lina made landfall in which country? | Lina made landfall near Santa Cruz, Mexico, on Sunday. | Mexico",
        "Which country passed an anti-smoking law? | Parliament passed the law on Tuesday, making New Zealand's ban the world's toughest. | New Zealand",
        "Which two countries are forging closer ties? | Since then, Russia has sought ever closer ties with China. | Russia",
        "Which country did she visit first? | She flew on to the U.S. on Monday. | U.S.",
        "Which country did she visit first? | She flew on to Mexico. | Mexico",
        "Voters in which state rejected the amendment? | Voters in Overland Park and across the state rejected it. | ''",
        "Voters in which state rejected the amendment? | Voters in Overland Park, Kansas, rejected it. | Kansas",
        "Which popular singer will launch a residency? | She will play The Colosseum at Caesars Palace. | ''",
        "Which pop star will headline the halftime show? | Pop star Rihanna will headline, the league said. | Rihanna",
        "Which movie director set a record? | Steven Spielberg directed West Side Story, the academy said. | Steven Spielberg",
        "Which high-profile Republican announced a bid? | Pence said on Tuesday he would decide soon. | ''",
        // a name carrying the kind asked for goes first; the question's own subject, a photo credit
        // never
        "Into which ocean did the capsule splash down? | It splashed down at 12:40 p.m. ET Sunday in the Pacific Ocean. | Pacific Ocean",
        "Which major sports league is he buying into? | He joins the US craze for Major League Pickleball (MLP). | Major League Pickleball",
        "Ash Carter died this week. Which president did he serve under? | Ashton Carter, who served as President Barack Obama’s final defense secretary, has died. | President Barack Obama",
        "Which football team was sold? | The Denver Broncos were sold, the National Football League said. | Denver Broncos", // a modifier is no kind
        "Which social media platform is he buying? | He is buying Parler, a rival to Truth Social. | Parler",
        // a person's descriptor does not make the answer: it introduces whoever is mentioned
        "Which golfer won the US Women’s Open? | Minjee Lee won, four strokes ahead of American golfer Mina Harigae. | Minjee Lee",
        "Which carrier cancelled the most flights? | In Atlanta, passengers of the carrier Delta waited for hours. | Delta",
        "Which rapper headlined the festival? | Organisers in Chicago said the rapper Drake closed the night. | Drake",
        "Who did Joe Biden bring to the summit? | Biden arrived with first lady Jill Biden on Monday. | Jill Biden",
        "Which company announced the deal? | Bank of America said the Acme Company announced it. | Acme Company", // the verb is no kind
        "Which team won the cup? | Coach Lee said Team Herons won the cup. | Team Herons",
        "Which Kardashian sister launched a brand? | Kim Kardashian launched Skkn on Monday. | Kim Kardashian",
        "Which member of the Biden administration tested positive? | First lady Jill Biden tested positive, her aide Kelsey Donohue said. | Jill Biden",
        "Which holiday did India celebrate? | Pratham Gokhale/Hindustan Times/Reuters Students carry flags for Independence Day. | Independence Day",
        // the name the question's verb takes (asked as its object) or that does it (its subject)
        "Which holiday was celebrated this week? | The streets of Delhi were quiet as Indians celebrated Diwali. | Diwali",
        "Which holiday did India celebrate? | In Delhi, Indians celebrated Diwali. | Diwali",
        "Which company did Vellix buy? | Analysts in London said Vellix bought Lumen. | Lumen",
        "Which team won the cup? | In Denver, the Colorado Avalanche won the Stanley Cup. | Colorado Avalanche",
        "Which company will buy the stake? | In London, Zeta will buy the stake from Lumen. | Zeta",
        "Which country did the zoo apologise to? | In Miami, the zoo apologised to New Zealand. | New Zealand",
        // session 31: a form of the question's own word ("Indian" for India) answers nothing; a
        // passive's subject undergoes the action asked as its object; "Although" opens no name
        "Which holiday did India celebrate? | Many Indian schools marked Independence Day. | Independence Day",
        "Who did Prince William present the trophy to? | The prince handed the trophy to Williams after the final. | Williams",
        "The league fined which club on Tuesday? | A club owned by Omar Lind was fined in 2019, and the league fined Vellix United. | Vellix United",
        "The committee this week recommended suspending which MP? | Anna Lind faces a defeat after a committee said Tory MP Omar Hale should be suspended. | Tory MP Omar Hale",
        "Which firm grew fastest? | “Although Vellix may grow fast, it trails Lumen,” he said. | Vellix",
        // session 32: a virus, a holiday, a drug is no person, country, organisation or people
        "Which virus is filling children’s hospitals? | “It is no mild virus,” Dr. Omar Lind of Vellix Children’s Hospital said of RSV. | RSV",
        "Which virus is filling children’s hospitals? | “It is no mild virus,” Vellix Children’s Hospital said of RSV. | RSV",
        "Which holiday did Lumenia celebrate? | Wary of China, Lumenians celebrated Founders Day. | Founders Day",
        "Which virus is spreading fast? | Doctors at Vellix Children’s Hospital see Covid-19 everywhere. | Covid-19",
        // a lone word tied to neither the kind nor the question's verb may be anyone's name
        "Which virus is spreading fast? | Doctors say Dr. Omar Lind saw Omicron first. | ''",
        "Which virus is spreading fast? | Doctors say Omicron is spreading fast. | Omicron",
        "Which holiday did they celebrate? | Many Muslims celebrated Eid al-Adha on Tuesday. | Eid al-Adha",
        "Which holiday did India celebrate? | “Democracy is changing,” Lind said as Indians celebrated Diwali. | Diwali",
        "Which holiday did Lumenia celebrate? | Shoppers celebrated Holi early. | Holi",
        "Which holiday is called the “Feast of Sacrifice”? | Muslims mark the “Feast of Sacrifice,” a major holiday. | ''",
        "Which holiday did they mark? | Millions mark the “Feast of Lights,” a major holiday. | Feast of Lights",
        // review 32: the question's verb read after "did they", "did the FDA", "is …-ing"; a
        // thing's
        // shape checked without mistaking a holiday for a person or a disease for a people
        "Which team is trailing? | Spain is leading, and France is trailing. | France",
        "Which holiday did they celebrate? | They celebrated Thanksgiving. | Thanksgiving",
        "Which drug did the FDA approve? | The FDA approved Leqembi on Friday. | Leqembi",
        "Which virus is spreading? | Measles is spreading in Ohio. | Measles",
        "Which holiday began on Wednesday? | Yom Kippur began on Wednesday. | Yom Kippur",
        "Which holiday began on Wednesday? | Jews marked Yom Kippur on Wednesday. | ''", // or a
        // person's?
        "Which drug maker sued the agency? | Eli Lilly sued the agency. | Eli Lilly",
        "Which virus spreads fastest? | Omicron, said Dr. Lee, spreads faster than Delta. | ''",
        "Which virus is filling hospitals? | It is no mild virus, Vellix’s Omar Lind told Ana Lutz. | ''",
        "Which show is the most popular? | Fans love “Love is Blind,” he said. | Love is Blind",
        // "how much … increased" asks for a change: "up nearly 60%" before the level "$5 a gallon"
        "How much have gas prices increased over the past year? | Prices topped $5 a gallon, up nearly 60% over the year. | 60%",
        "How much have gas prices increased? | Prices topped $5 a gallon, which rose by $1.20 in a year. | $1.20",
        "How much does a gallon cost? | Prices topped $5 a gallon, up nearly 60% over the year. | $5 a gallon",
        // user trial 56: a word describing people names no one asked with "who"
        "Who is Ann Kalus running against? | Kalus is the Republican nominee against Dan McKee. | Dan McKee",
        "Who did the lawmakers meet? | The Black lawmakers met Lea Moss. | Lea Moss",
        "Which party won the House? | Republicans won the House. | Republicans",
        // review 56: a describing word answers "who" where it names ("Republicans won")
        "Who won control of the House? | Republicans won control of the House. | Republicans",
        "Who won the election in Britain? | Labour won the election. | Labour",
        "Who did Biden nominate? | Biden nominated Brown on Monday. | Brown",
        "Who did Biden nominate? | Biden nominated Sherman on Monday. | Sherman",
        "Which group did the WHO praise? | The agency praised Muslim clerics. | Muslim",
        "How many people died? | The death toll rose to 1500. | 1500",
        "How much did the ticket cost? | A ticket cost 1250. | 1250",
        // user trial 56: a bare year of any century is no amount
        "How much damage did the tourist cause? | Sculptors made the fountain between 1563 and 1565. | ''",
        "How much damage did the tourist cause? | He caused an estimated $5,400 in damages in 2023. | '$5,400 in damages'",
        "How many regions did Putin annex? | He said the four regions would not be on the table. | four regions",
        "How many regions did Putin annex? | Moscow will recognize four Ukrainian regions as its own, not two areas. | four Ukrainian regions",
        "How many people died? | Officials said 20 March was the deadliest day, with 12 people dead. | 12 people dead",
        // a capitalised first word is no name unless the passage says so (context below)
        "Which chain has the slowest drive-thru? | Every second counts at Chick-fil-A. | Chick-fil-A",
        "Who leads the Senate?         | The Senate is led by Chuck Schumer of New York. | Chuck Schumer of New York",
        "Who did she meet?             | In Geneva’s old town she met Olaf Scholz’s aide. | Olaf Scholz", // the name "met" takes
        // a capitalised first word acting like a name: apposition, ticker, reporting verb
        "Which firm split its stock?   | Vellix, the chipmaker, split its stock.     | Vellix",
        "Which firm split its stock?   | Vellix (VLX) split its stock.               | Vellix",
        "Which firm split its stock?   | Vellix said it split the stock for Lumen.   | Vellix",
        "Which firm split its stock?   | Every firm split its stock but Lumen.       | Lumen",
        "Which show was renewed?       | Netflix renewed “Squid Game” on Sunday.     | Squid Game",
        "Which show was renewed?       | The show is “very early days,” he said.     | ''",
        "Which team won the Cup?       | The team won the Cup on Sunday.             | ''",
        "When did they talk?           | In early July, Biden and Putin talked.      | early July",
        "When did they meet?           | They met on June 16, 2021, in Geneva.       | 'June 16, 2021'",
        "When did they meet in June?   | They met in June on Wednesday.              | Wednesday",
        "Where did they meet?          | Biden and Putin met in Geneva on June 16.   | Geneva",
        "Where did they meet?          | Biden met Putin on June 16.                 | ''",
        "Where was the balloon shot down? | Jets downed it off the South Carolina coast. | South Carolina",
        "Where was the balloon shot down? | It flew over the Atlantic before it fell. | Atlantic",
        "Where did they meet?          | They met in the Swiss city of Geneva.       | Geneva",
        "How many hot dogs did he eat? | He won his 15th title, eating 63 hot dogs in 10 minutes. | 63 hot dogs",
        "How many months was it extended? | It was extended six months pending trial. | six months",
        "How much was Instagram fined? | A fine of 405 million euros ($402 million) was levied. | 405 million euros",
        "What percentage of adults agree? | In 2022, 56% of 2,000 adults agreed.   | 56%",
        "How many infrastructures did he list? | He gave a list of 16 critical infrastructures that matter. | 16 critical infrastructures",
        // words repeated in the question (a crash once)
        "How many of the hot dogs did the man eat? | The man ate 63 hot dogs. | 63 hot dogs",
        "How many book titles were banned? | There were 2,532 book bans directed at 1,648 different titles. | '1,648 different titles'",
        "How far can the EQXX drive?   | It can drive 620 miles on a single charge.  | 620 miles",
        "How many books were banned in 2022? | In 2022 there were many bans.         | ''",
        // session 33: a case's name holds its "v."; the kind after a name carries it, past a
        // capitalised modifier of the kind in the question, but a nationality before it does not
        "Which historic Supreme Court decision may be overturned? | A draft published by Politico suggested the court would overturn the landmark 1973 Roe v. Wade decision. | Roe v. Wade",
        "Which firm announced a stock split? | Shares of Zenith Corp rose after Vellix, the chipmaker from Austin, announced a 20-for-1 split. | Vellix",
        "Which wildly popular show was green lit for a new season? | Netflix said the wildly popular South Korean show “Squid Game” is green lit for a second season. | Squid Game",
        // session 35, from the review: a name before the kind owns it when the kind introduces
        // the next name, which is the one asked for
        "Which ship was attacked?      | Drones struck near the US Navy ship USS Carney on Sunday. | USS Carney",
        "Which drug did they approve?  | Regulators approved the Pfizer drug Paxlovid in May. | Paxlovid",
        "Which fire forced them out?   | The Caldor fire Monday forced thousands out. | Caldor",
        "Which fire forced them out?   | The Creek fire Labor Day weekend forced thousands out. | Creek",
        "Which fire was contained?     | The Dixie fire CalFire crews fought is contained. | Dixie",
        // user trial 57: a day of a month is no amount
        "How wide is the crater? | A rocket hit the moon on March 4, creating a crater. | ''",
        "How wide is the crater? | On Sept. 30 it was 28 meters wide. | 28 meters",
        "How many were hurt?     | On March 4 people were hurt, 12 of them badly. | 12",
        "what are the names of the pandas coming to the national zoo | Pandas return to the Smithsonian National Zoo with Bao Li. | Bao Li",
        "Who is the favorite to lead the party? | Speculation has intensified over who leads it. | ''",
        "Who is the favorite to lead the party? | Frustration has swung to Hakeem Jeffries. | Hakeem Jeffries",
        "Who is the favorite to lead the party? | Florence has emerged as the favorite. | Florence",
        "Who did Haley criticize? | Haley lashed out at Trump on Sunday. | Trump",
        "How many people died? | In March 12 people died. | 12 people",
        "How many Republicans voted for the bill in the House? | 19 Republican senators and 13 House Republicans voted for it. | 13",
        "How many Republicans voted for the bill? | 19 Republican senators and 13 House Republicans voted for it. | 19 Republican senators",
        // review 58: function words and what follows the counted noun tell no number
        "How many people were killed in the attack? | At least 40 people died and 120 people were injured. | 40 people",
        "How many of the hostages have been released? | Hamas released 105 hostages, and 30 of the others are believed dead. | 105 hostages",
        "How long is the tunnel that took a decade to build? | The tunnel runs 57 kilometers and took 17 years to build. | 57 kilometers",
        "Which company sued? | Vellix has sued the city. | Vellix",
        "Who is the favorite to lead the party? | There is talk in Washington about Hakeem Jeffries. | Hakeem Jeffries",
        "Which city is the favorite? | There is talk in Washington about it. | Washington",
        // user trial 58: the one asked about, after a title the question leaves out, answers no
        // "who"; the name that does the question's verb does
        "who beat elaine luria | Democratic Rep. Elaine Luria lost her seat to Jen Kiggans. | Jen Kiggans",
        "Who defeated Elaine Luria? | Her party lost seats, with CNN projecting Jen Kiggans defeated Rep. Elaine Luria. | Jen Kiggans",
        // review 57: a relative "who" after a noun asks for no person
        "Which city did the man who fled reach? | He reached safety in Odessa on Monday. | Odessa",
        "When the war began, who led the army? | He served in Kyiv under Oleh Marchenko. | Oleh Marchenko",
        "do you know who leads the polls in ohio | There is talk in Washington about Bernie Moreno. | Bernie Moreno",
        // user trial 59: a party label is no one's name; an abbreviation keeps its dot
        "Who did Rep. Sander Levin beat in his first race? | After 35 years, Rep. Sander Levin, D-Michigan, is leaving. | ''",
        "Who did Levin beat in his first race? | Rep. Sander Levin, D-Michigan, beat Jerry Rosen. | Jerry Rosen",
        "Which country did she visit first? | She flew on to the U.S. | U.S.",
        "Which event did Biden commemorate? | Biden commemorated D-Day with veterans. | D-Day",
        "Which player scored the winning goal? | Tyler Bank scored in overtime. | Tyler Bank",
        "Which city did the protest reach? | Thousands marched on to D.C. | D.C.",
        "Which senator endorsed Tim Scott? | Tim Scott, the lone Black Republican senator, spoke. | ''",
        "Which senator endorsed Tim Scott? | Tim Scott, the lone Black Republican senator, thanked Sen. John Thune. | Sen. John Thune",
        "Which senator endorsed Tim Scott? | Scott filed papers with the Federal Election Commission. | ''",
        "Which tribe worked to protect Spirit Mountain? | President Joe Biden vowed to protect Spirit Mountain, sacred to the Fort Mojave Tribe. | Fort Mojave Tribe",
        "Which activist group helped CNN verify the cases? | In collaboration with the activist group 1500Tasvir, CNN has verified documents. | 1500Tasvir",
        "Which activist group helped CNN verify the cases? | A witness in Iran told CNN. | ''",
        "Ash blanketed which group of islands? | The eruption near Tonga was a disaster. | Tonga",
        "Which politician helped CNN verify the cases? | A witness told President Omar Lind. | President Omar Lind",
        "Who is the Stevens Square property manager that she often calls? | Alliance Housing leases the building, and she is close to her property manager, Tiffany Simmons. | Tiffany Simmons",
        "How much of the request was foreign aid? | It includes $355 million in foreign aid to South America. | $355 million",
        "How much could the firm be fined? | It faces $1.61 million in fines for the scheme. | $1.61 million in fines",
      })
  void findsTheShortAnswerInTheSentence(String question, String sentence, String expected) {
    String context =
        "Mercedes EQXX review\nFans love Chick-fil-A and Squid Game; every year it rains.";
    var span = new SpanFinder(question).find(WantedSpan.of(question), sentence, context);
    assertThat(span.map(s -> s.of(sentence)).orElse("")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    "celebrated, celebrate, true",
    "celebrates, celebrate, true",
    "banned, ban, true",
    "won, win, true",
    "winning, win, true",
    "bought, buy, true",
    "hiring, hire, true",
    "celebrity, celebrated, false",
    "wine, won, false",
    "wins, wine, false",
    "reporter, report, false",
    "manager, managed, false",
    "election, elected, false",
    "striker, struck, false",
    "government, governed, false"
  })
  void twoFormsAreOfOneVerbWhenTheirLemmasMeet(String a, String b, boolean same) {
    assertThat(VerbAnchor.lemmas(a).stream().anyMatch(VerbAnchor.lemmas(b)::contains))
        .isEqualTo(same);
  }

  /** Made-up questions whose anchor must not fire on the name a reader would not give. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // question | sentence | a name that must not be anchored
        "Which company did the regulator fine? | The regulator fined Acme after the new Orbit app leaked data. | Orbit",
        "Which startup was bought for $2 billion? | Lumen, the startup Zeta bought for $2 billion, makes chips. | Zeta",
        "Which company acquired the startup? | Zeta said on Monday that Lumen was acquired for $2 billion. | Lumen",
        "Which company will buy the stake? | Zeta will buy Lumen's stake in Orbit, the firms said. | Lumen",
        "Which team won the title that was decided on penalties? | Spain won the Nations League title, decided on penalties. | Nations League",
        "Which holiday was celebrated this week? | Fans cheered as celebrity Kim Kardashian arrived for Diwali. | Kim Kardashian",
        "Which company did Reuters report on? | Reuters reporter Jane Doe covered Acme. | Jane Doe",
        "Which country sent aid to the region? | Japan pledged aid on Monday; China is the largest donor. | China",
        "Which team won the cup? | Fans in Denver cheered as the Avalanche beat Tampa Bay. | Denver",
      })
  void theAnchorDoesNotFireOnANameTheActionDoesNotReach(
      String question, String sentence, String name) {
    int at = sentence.indexOf(name);
    assertThat(new VerbAnchor(question).anchors(sentence, new Span(at, at + name.length())))
        .isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "New research suggests that ancient megalodon sharks were what? | true",
        "Which automaker recalled 2.9 million vehicles? | true",
        "How many months was her detention extended? | true",
        "Why did the ferry workers strike? | false",
        "How did the talks end? | false",
        "What did Washington hand over to Moscow? | false",
        "Which measure did lawmakers leave out? | false", // what they did, asked with "which"
      })
  void aStorysLeadWeighsForFactsNotForReasons(String question, boolean weighs) {
    assertThat(EvidenceScorer.leadWeighs(question)).isEqualTo(weighs);
  }

  /** An article without a title gets its first sentence as one: no evidence for its first word. */
  @org.junit.jupiter.api.Test
  void aTitleDerivedFromTheSentenceDoesNotMakeItsFirstWordAName() {
    String question = "Which team did Vin Scully call games for?";
    String sentence =
        "Legendary broadcaster Vin Scully, the voice of the Los Angeles Dodgers, has died.";
    String derived = "Legendary broadcaster Vin Scully, the voice of the Los Angeles…\n" + sentence;
    SpanFinder finder = new SpanFinder(question);
    assertThat(finder.find(WantedSpan.NAME, sentence, derived).map(s -> s.of(sentence)))
        .contains("Los Angeles Dodgers");
    // a title of its own still tells: "Vellix" is named by its headline
    String split = "Vellix split its stock on Monday.";
    SpanFinder firm = new SpanFinder("Which firm split its stock?");
    assertThat(
            firm.find(WantedSpan.NAME, split, "Vellix sets a split\n" + split)
                .map(s -> s.of(split)))
        .contains("Vellix");
    assertThat(firm.find(WantedSpan.NAME, split, split + "\n" + split)).isEmpty();
  }
}
