package org.corpusbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Page furniture in the shapes that news sites repeat under their stories (made-up lines, in the
 * forms that recur across hundreds of rtqa articles), and reporting that merely mentions the same
 * words.
 */
class BoilerplateSentencesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "By Ana Lutz and Omar Lind",
        "Read more: the ten best hikes in Oregon",
        "Contributing: The Associated Press",
        "This story has been updated with additional details.",
        "Reach Ana Lutz on X @analutz.",
        "Reach her at alutz@example.com or 555-284-8244.",
        "Contact reporter Omar Lind at (302) 324-2281 or olind@example.com.",
        "Follow Omar Lind on Twitter: @omar_lind5.",
        "Ana Lutz covers the White House.",
        "Omar Lind is a trending news reporter for the Daily Planet.",
        "Ana Lutz is the chief politics reporter for the Register.",
        "Sign up for the Planet's weekly science newsletter.",
        "To get updates on the Norfield council sent to your inbox, sign up for our newsletter.",
        "The Daybreak newsletter provides you with a daily digest of news and analysis.",
        "Editor’s Note: A version of this story appeared in the Planet's Asia newsletter.",
        "A version of this story appears in the Planet's Politics newsletter.",
        "You can find out more about our legitimate interest activity in our Privacy Policy.",
        "How relevant is this ad to you?",
        "We will use the details you have shared to manage your registration.",
        "We will use the information you have shared for carefully considered and specific"
            + " purposes, for example to send you communications about similar products.",
        "'We' includes the Planet and other Daily Media brands as detailed here.",
        "This transcript was automatically generated, and then edited for clarity.",
        "Explore the universe with news on fascinating discoveries, scientific advancements and more.",
        "Get the facts behind the news, plus analysis from multiple perspectives.",
        "JUST WATCHED Lind struck Lutz as 'different' at recent meeting Replay More Videos ...",
        "MUST WATCH Lind struck Lutz as 'different' at recent meeting 02:30",
      })
  void furnitureIsBoilerplate(String line) {
    assertThat(BoilerplateSentences.isBoilerplate(line)).as(line).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Substack, a newsletter platform, raised $65 million from investors on Monday.",
        "The company said it would email customers whose data was exposed.",
        "Lutz said she would reach out to the mayor before the vote.",
        "Senator Ana Lutz covers her face as protesters shout outside the Capitol.",
        "The Affordable Care Act covers preventive care for most adults.",
        "Medicare Part B covers doctor visits and outpatient care.",
        "Investigators found that the hackers had accessed the inboxes of 40 officials.",
        "Omar Lind is a former reporter who now runs the city's largest charity.",
        "Follow-up talks with Norfield are planned for next month, the ministry said.",
        "Lind had not been able to contact her family living in Norfield since Tuesday.",
        "The ministry said it would protect its legitimate interests against any aggression.",
        "We will use the evidence to hold them to account, the minister said on Tuesday.",
        "We includes everyone who lives in Norfield, the mayor said.",
        "‘We’ includes every resident of this city, the mayor said on Tuesday.",
        "A federal judge ordered Meta to delete the data you shared with its apps before 2020.",
        "“Thank you for the information you shared,” the detective told the witness.",
        "Experts warn that scammers can use the details you have shared on social media.",
        "Norfield voters can call the elections office at 564-397-2345 or send an email to"
            + " elections@norfield.example.gov to get a replacement ballot.",
      })
  void reportingIsNot(String line) {
    assertThat(BoilerplateSentences.isBoilerplate(line)).as(line).isFalse();
  }
}
