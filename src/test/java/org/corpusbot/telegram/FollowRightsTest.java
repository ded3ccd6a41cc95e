package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may change a chat's follows, and what a sender is told when Telegram cannot say. */
class FollowRightsTest {
  private static final long GROUP = -100;

  private static Incoming in(long user, boolean asChat) {
    return new Incoming(GROUP, user, 1, true, Instant.EPOCH, "", null, asChat);
  }

  private static FollowRights rights(BotApiException failure) {
    BotApi api =
        new TelegramRoutersTest.FailingApi() {
          @Override
          public boolean isChatAdmin(long chatId, long userId) {
            if (failure != null) {
              throw failure;
            }
            return userId == 7;
          }
        };
    return new FollowRights(api, new AccessPolicy(Set.of(), Set.of(), Set.of(99L)));
  }

  @Test
  void groupAdminsTheBotsAdminsAndAnonymousAdminsMayOthersNot() {
    assertThat(rights(null).refusal(in(7, false))).isEmpty();
    assertThat(rights(null).refusal(in(99, false))).isEmpty();
    assertThat(rights(null).refusal(in(5, true))).isEmpty();
    assertThat(rights(null).refusal(in(5, false))).contains(FollowRights.ONLY_GROUP_ADMINS);
  }

  @Test
  void noAnswerFromTelegramAsksToTryAgainARefusalIsANo() {
    assertThat(rights(new BotApiException("getChatMember still failing", 0)).refusal(in(7, false)))
        .contains(FollowRights.CANNOT_CHECK);
    assertThat(rights(new BotApiException("getChatMember refused", 400)).refusal(in(7, false)))
        .contains(FollowRights.ONLY_GROUP_ADMINS);
  }
}
