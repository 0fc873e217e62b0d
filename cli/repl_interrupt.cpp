#include "cli/repl_interrupt.h"

#include <csignal>

namespace kg::cli {
namespace {

static_assert(std::atomic<bool>::is_always_lock_free, "the SIGINT handler needs a lock-free flag");
std::atomic<bool> g_interrupted{false};

extern "C" void on_sigint(int) { g_interrupted.store(true, std::memory_order_relaxed); }

}  // namespace

const std::atomic<bool>& cancel_flag() { return g_interrupted; }
bool interrupted() { return g_interrupted.load(std::memory_order_relaxed); }
void clear_interrupt() { g_interrupted.store(false, std::memory_order_relaxed); }

InterruptHandler::InterruptHandler() {
  struct sigaction action {};
  action.sa_handler = on_sigint;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a blocked read must return EINTR
  sigaction(SIGINT, &action, &previous_);
}

InterruptHandler::~InterruptHandler() {
  sigaction(SIGINT, &previous_, nullptr);
}

}  // namespace kg::cli
