package io.github.jmt5.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FuturesTest {
  @Test
  void aFailureThatIsNoWrapperComesBackAsItIs() {
    IOException io = new IOException("boom");
    assertThat(Futures.unwrap(io)).isSameAs(io);
  }

  @Test
  void nestedWrappersOfBothKindsAreLookedThrough() {
    IllegalStateException inner = new IllegalStateException("inner");
    Throwable wrapped =
        new CompletionException(
            new ExecutionException(new CompletionException(new ExecutionException(inner))));

    assertThat(Futures.unwrap(wrapped)).isSameAs(inner);
  }

  @Test
  void onlyWrappersAreLookedThroughNotTheCausesOfTheFailureInside() {
    IOException root = new IOException("root");
    RuntimeException failure = new RuntimeException("failure", root);

    assertThat(Futures.unwrap(new CompletionException(failure))).isSameAs(failure);
  }

  @Test
  void theFailureOfARealFutureIsFound() {
    IOException io = new IOException("boom");
    CompletableFuture<String> f = CompletableFuture.failedFuture(io);
    Throwable thrown = catchThrowable(() -> f.thenApply(s -> s + "!").join());

    assertThat(thrown).isInstanceOf(CompletionException.class);
    assertThat(Futures.unwrap(thrown)).isSameAs(io);
    assertThat(Futures.unwrap(catchThrowable(f::get))).isSameAs(io);
  }

  @Test
  void aWrapperWithoutACauseIsReturnedItself() {
    CompletionException empty = new CompletionException("no cause", null);
    assertThat(Futures.unwrap(empty)).isSameAs(empty);

    ExecutionException outer = new ExecutionException(empty);
    assertThat(Futures.unwrap(outer)).isSameAs(empty);
  }

  @Test
  void aWrapperThatIsItsOwnCauseEnds() {
    CompletionException self = new SelfCaused();
    assertThat(self.getCause()).isSameAs(self);

    assertThat(Futures.unwrap(self)).isSameAs(self);
    assertThat(Futures.unwrap(new ExecutionException(self))).isSameAs(self);
  }

  @Test
  void aLoopOfWrappersEnds() {
    CompletionException a = new Uncaused();
    ExecutionException b = new ExecutionException("b", a);
    a.initCause(b);

    assertThat(Futures.unwrap(a)).isIn(a, b);
    assertThat(Futures.unwrap(b)).isIn(a, b);
  }

  @Test
  void moreWrapperTypesCanBeNamed() {
    IOException io = new IOException("boom");
    Throwable wrapped = new CompletionException(new CommandFailed(new ExecutionException(io)));

    assertThat(Futures.unwrap(wrapped)).isInstanceOf(CommandFailed.class);
    assertThat(Futures.unwrap(wrapped, CommandFailed.class::isInstance)).isSameAs(io);
    CommandFailed empty = new CommandFailed(null);
    assertThat(Futures.unwrap(empty, CommandFailed.class::isInstance)).isSameAs(empty);
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> Futures.unwrap(nullThrowable()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("failure");
  }

  @SuppressWarnings("NullAway")
  private static Throwable nullThrowable() {
    return null;
  }

  private static Throwable catchThrowable(ThrowingCall call) {
    try {
      call.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("nothing was thrown");
  }

  private interface ThrowingCall {
    void run() throws Exception;
  }

  /** A wrapper whose {@code getCause()} answers itself, as a badly written subclass could. */
  private static final class SelfCaused extends CompletionException {
    private static final long serialVersionUID = 1L;

    SelfCaused() {
      super("self", null);
    }

    @Override
    public synchronized Throwable getCause() {
      return this;
    }
  }

  /** A wrapper made without a cause, so that {@code initCause} can close a loop. */
  private static final class Uncaused extends CompletionException {
    private static final long serialVersionUID = 1L;

    Uncaused() {
      super("uncaused");
    }
  }

  /** A framework's execution exception, standing for picocli's. */
  private static final class CommandFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandFailed(@Nullable Throwable cause) {
      super(cause);
    }
  }
}
