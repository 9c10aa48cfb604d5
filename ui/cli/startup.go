package cli

import (
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// Start-up. Most of what stands between starting the reader and its first
// screen is fixed: loading the program and its packages' initialisation
// (Glamour's syntax highlighter alone takes a quarter of it). Of the rest,
// two things are done once here rather than twice or in the way.

// colorProfile is the terminal's colour profile, as Lip Gloss detected it
// for standard output when the program started (lipgloss.Writer). Bubble
// Tea would detect it again, the same way for the same output; inside
// tmux each detection runs `tmux info`, a process, which costs several
// milliseconds of start-up.
func colorProfile() colorprofile.Profile { return lipgloss.Writer.Profile }

// warmWidths builds, in the background, the table of character widths that
// Bubble Tea's renderer uses when the terminal does not do grapheme
// clustering (tmux): go-runewidth builds it on the first character past
// U+02FF (a "│" or an "…" of the first screen), which takes about 10 ms.
// Built while the terminal is being set up, it is ready for the first
// frame.
func warmWidths() { go ansi.WcWidth.StringWidth("…") }
