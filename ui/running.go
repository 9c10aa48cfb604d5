package ui

import tea "charm.land/bubbletea/v2"

// Running is the reader as a program runs it: the Model held once,
// behind a pointer, and changed in place. A Model is a value of about
// 236 KB (its parts' styles, key maps and lists); run as a value, each
// message would copy it and put the copy on the heap, since Update
// returns it as a tea.Model. Commands never hold the Model, so nothing
// but Update and View touches it.
type Running struct{ m *Model }

// Run returns m to be run by a Bubble Tea program.
func (m Model) Run() Running { return Running{&m} }

// Init is the Model's Init.
func (r Running) Init() tea.Cmd { return r.m.Init() }

// Update is the Model's Update, in place.
func (r Running) Update(msg tea.Msg) (tea.Model, tea.Cmd) { return r, r.m.update(msg) }

// View is the Model's View.
func (r Running) View() tea.View { return r.m.view() }

// Model is the model run, as it is now.
func (r Running) Model() Model { return *r.m }
