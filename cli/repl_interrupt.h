// Ctrl-C in the REPL: a SIGINT handler that only raises flags.
//
// The handler is installed without SA_RESTART, so a read blocked at the prompt returns EINTR
// (the line editor then abandons the line), and a running query sees the cancel flag at its
// next check (QueryOptions::cancel) and stops with QueryError::Kind::Cancelled.
#pragma once

#include <signal.h>

#include <atomic>

namespace kg::cli {

// The flag handed to queries as QueryOptions::cancel.
const std::atomic<bool>& cancel_flag();
// True when Ctrl-C was pressed since the last clear_interrupt().
bool interrupted();
void clear_interrupt();

// Installs the handler for its lifetime and restores the previous disposition afterwards.
class InterruptHandler {
 public:
  InterruptHandler();
  ~InterruptHandler();
  InterruptHandler(const InterruptHandler&) = delete;
  InterruptHandler& operator=(const InterruptHandler&) = delete;

 private:
  struct sigaction previous_ {};
};

}  // namespace kg::cli
