// Command floor is the least a Bubble Tea v2 reader can be: it shows a
// marker line and 2,000 numbered lines, scrolls on j, PageDown, G and g,
// draws at 120 fps as byline does, and quits on q. bench/floor.sh times
// it in tmux beside byline, built as it is and with Glamour linked in
// (-tags glamour), to show what the program start and a frame cost on
// the machine at hand before byline does any work of its own.
//
// With -full each line is filled to 118 columns with words and one
// coloured phrase, as a page of an article is, instead of 30 plain
// characters: the difference between the two shows what drawing a full
// screen costs the renderer, the terminal and the harness's capture,
// apart from anything a program computes.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// marker is the text the latency harness waits for.
const marker = "Byline Benchmark Edition"

type model struct {
	lines  []string
	top    int
	height int
}

func (m model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.height = msg.Height
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q", "ctrl+c":
			return m, tea.Quit
		case "j":
			m.top++
		case "pgdown":
			m.top += m.height
		case "G":
			m.top = len(m.lines)
		case "g":
			m.top = 0
		}
		m.top = max(0, min(m.top, len(m.lines)-m.height))
	}
	return m, nil
}

func (m model) View() tea.View {
	end := min(len(m.lines), m.top+max(m.height, 1))
	v := tea.NewView(strings.Join(m.lines[m.top:end], "\n"))
	v.AltScreen = true
	return v
}

// fullLine is line i of the -full floor: 118 columns, one phrase in colour.
func fullLine(i int) string {
	head := fmt.Sprintf("line %4d of the floor program, filled the way a page of news is,", i)
	return head + " with \x1b[38;5;149ma phrase in colour\x1b[m and plain words to the edge."
}

func main() {
	full := flag.Bool("full", false, "fill each line to the width with words and a coloured phrase")
	flag.Parse()
	lines := []string{marker}
	for i := 1; i <= 2000; i++ {
		if *full {
			lines = append(lines, fullLine(i))
		} else {
			lines = append(lines, fmt.Sprintf("line %d of the floor program", i))
		}
	}
	if _, err := tea.NewProgram(model{lines: lines}, tea.WithFPS(120)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}
