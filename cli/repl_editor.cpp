#include "cli/repl_editor.h"

#include <histedit.h>
#include <langinfo.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <filesystem>
#include <iostream>

#include "cli/repl_interrupt.h"
#include "cli/repl_split.h"

namespace kg::cli {

struct LineEditor::Impl {
  EditLine* el = nullptr;
  History* hist = nullptr;
  HistoryFile& file;
  CompleteFn complete;
  std::string prompt;
  FILE* out = stdout;

  Impl(HistoryFile& f, CompleteFn c) : file(f), complete(std::move(c)) {}

  void reload_history() {
    HistEvent ev;
    history(hist, &ev, H_CLEAR);
    for (const auto& entry : file.entries()) history(hist, &ev, H_ENTER, entry.c_str());
  }

  unsigned char on_tab();
  void list(const std::vector<std::string>& options) const;
};

namespace {

LineEditor::Impl* impl_of(EditLine* el) {
  void* data = nullptr;
  el_get(el, EL_CLIENTDATA, &data);
  return static_cast<LineEditor::Impl*>(data);
}

char* prompt_of(EditLine* el) { return impl_of(el)->prompt.data(); }

unsigned char tab_key(EditLine* el, int) { return impl_of(el)->on_tab(); }

// Reads one character for libedit. Unlike libedit's own reader it gives up on EINTR when
// Ctrl-C was pressed, which makes el_gets return at once so the line can be abandoned.
int read_char(EditLine*, wchar_t* out) {
  char bytes[MB_LEN_MAX];
  size_t n = 0;
  for (;;) {
    if (interrupted()) {
      errno = EINTR;
      return -1;
    }
    char c;
    const ssize_t got = ::read(STDIN_FILENO, &c, 1);
    if (got < 0) {
      if (errno == EINTR) continue;  // SIGWINCH and the like; Ctrl-C is caught above
      return -1;
    }
    if (got == 0) return 0;
    bytes[n++] = c;
    std::mbstate_t state{};
    const size_t used = std::mbrtowc(out, bytes, n, &state);
    if (used == static_cast<size_t>(-2) && n < MB_LEN_MAX) continue;  // more bytes to come
    if (used == static_cast<size_t>(-1) || used == static_cast<size_t>(-2)) {
      n = 0;  // not a character in this locale: drop it
      continue;
    }
    return 1;
  }
}

size_t terminal_width() {
  winsize ws{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

}  // namespace

void LineEditor::Impl::list(const std::vector<std::string>& options) const {
  constexpr size_t kMaxShown = 100;
  size_t width = 0;
  for (size_t i = 0; i < options.size() && i < kMaxShown; ++i) width = std::max(width, code_points(options[i]));
  width += 2;
  const size_t columns = std::max<size_t>(1, terminal_width() / width);
  std::string text = "\n";
  for (size_t i = 0; i < options.size() && i < kMaxShown; ++i) {
    text += options[i];
    const bool end_of_row = (i + 1) % columns == 0 || i + 1 == options.size() || i + 1 == kMaxShown;
    text += end_of_row ? std::string("\n") : std::string(width - code_points(options[i]), ' ');
  }
  if (options.size() > kMaxShown) text += "... and " + std::to_string(options.size() - kMaxShown) + " more\n";
  std::fputs(text.c_str(), out);
  std::fflush(out);
}

unsigned char LineEditor::Impl::on_tab() {
  const LineInfo* li = el_line(el);
  const std::string_view before(li->buffer, static_cast<size_t>(li->cursor - li->buffer));
  Completion c;
  try {
    c = complete(before);
  } catch (const std::exception&) {
    return CC_REFRESH_BEEP;  // e.g. an unterminated quote in dot-command arguments
  }
  if (c.options.empty()) return CC_REFRESH_BEEP;
  std::string replacement = c.options.size() == 1 ? c.options.front() + c.suffix : common_prefix(c.options);
  if (c.options.size() > 1 && code_points(replacement) <= code_points(c.word)) {
    list(c.options);
    return CC_REDISPLAY;
  }
  el_deletestr(el, static_cast<int>(code_points(c.word)));
  if (el_insertstr(el, replacement.c_str()) != 0) return CC_REFRESH_BEEP;
  return CC_REFRESH;
}

void use_utf8_locale() {
  const char* set = std::setlocale(LC_CTYPE, "");
  if (!set || std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0) std::setlocale(LC_CTYPE, "C.UTF-8");
}

LineEditor::LineEditor(const char* program, HistoryFile& history_file, CompleteFn complete)
    : impl_(std::make_unique<Impl>(history_file, std::move(complete))) {
  Impl& m = *impl_;
  // Prompts and the line go to the terminal: stdout, or stderr when stdout is redirected.
  m.out = ::isatty(STDOUT_FILENO) ? stdout : stderr;
  m.el = el_init(program, stdin, m.out, stderr);
  if (!m.el) throw std::runtime_error("cannot start the line editor");
  m.hist = history_init();
  HistEvent ev;
  history(m.hist, &ev, H_SETSIZE, static_cast<int>(HistoryFile::kMaxEntries));
  history(m.hist, &ev, H_SETUNIQUE, 1);
  m.reload_history();

  el_set(m.el, EL_CLIENTDATA, impl_.get());
  el_set(m.el, EL_EDITOR, "emacs");
  el_set(m.el, EL_PROMPT, prompt_of);
  el_set(m.el, EL_HIST, history, m.hist);
  el_set(m.el, EL_GETCFN, read_char);
  // The wide form keeps our static strings; the narrow one copies them and never frees the copy.
  el_wset(m.el, EL_ADDFN, L"kg-complete", L"complete the word at the cursor", tab_key);
  const char* const no_more = nullptr;
  el_set(m.el, EL_BIND, "^I", "kg-complete", no_more);
  el_set(m.el, EL_BIND, "^R", "em-inc-search-prev", no_more);
  el_set(m.el, EL_BIND, "^S", "em-inc-search-next", no_more);
  el_set(m.el, EL_BIND, "^W", "ed-delete-prev-word", no_more);  // as in shells (libedit: kill region)
  // Ctrl-Left/Right move by words (Up/Down walk the history by default).
  el_set(m.el, EL_BIND, "\033[1;5D", "ed-prev-word", no_more);
  el_set(m.el, EL_BIND, "\033[1;5C", "em-next-word", no_more);
  // A user's own ~/.editrc (bindings for "kg") comes last so it can override ours.
  if (const char* home = std::getenv("HOME"); home && *home) {
    const std::filesystem::path rc = std::filesystem::path(home) / ".editrc";
    std::error_code ec;
    if (std::filesystem::is_regular_file(rc, ec)) el_source(m.el, rc.c_str());
  }
}

LineEditor::~LineEditor() {
  el_end(impl_->el);
  history_end(impl_->hist);
}

LineEditor::Status LineEditor::read(const std::string& prompt, std::string& line) {
  impl_->prompt = prompt;
  clear_interrupt();
  int count = 0;
  const char* text = el_gets(impl_->el, &count);
  if (!text) {
    if (count < 0 && interrupted()) {
      clear_interrupt();
      std::fputs("^C\n", impl_->out);
      std::fflush(impl_->out);
      return Status::Interrupted;
    }
    return Status::End;
  }
  line.assign(text, static_cast<size_t>(count));
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  return Status::Line;
}

void LineEditor::remember(const std::string& entry) {
  if (entry.find_first_not_of(" \t") == std::string::npos) return;
  if (impl_->file.add(entry)) {
    impl_->reload_history();  // an older copy moved to the end
  } else {
    HistEvent ev;
    history(impl_->hist, &ev, H_ENTER, entry.c_str());
  }
  impl_->file.save();
}

}  // namespace kg::cli
