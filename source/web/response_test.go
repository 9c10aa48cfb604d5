package web

import (
	"bufio"
	"context"
	"errors"
	"net"
	"net/http"
	"testing"
)

// rawServer answers every request on loopback with answer, as it is, and
// closes the connection.
func rawServer(t *testing.T, answer string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			if _, err := http.ReadRequest(bufio.NewReader(c)); err == nil {
				c.Write([]byte(answer))
			}
			c.Close()
		}
	}()
	return "http://" + ln.Addr().String() + "/story"
}

// TestFetchBadResponse checks that a server that answers with something
// that is not HTTP is reported as such, not as one that could not be
// reached.
func TestFetchBadResponse(t *testing.T) {
	tests := []struct {
		name, answer, msg string
	}{
		{"header without colon", "HTTP/1.1 200 OK\r\nContent-Type text/html\r\n\r\n<p>Hi</p>",
			`bad response from the server: malformed MIME header: missing colon: "Content-Type text/html"`},
		{"bad status code", "HTTP/1.1 2x0 OK\r\n\r\n",
			`bad response from the server: malformed HTTP status code "2x0"`},
		{"not HTTP", "SSH-2.0-OpenSSH_9.6\r\n\r\n",
			`bad response from the server: malformed HTTP response "SSH-2.0-OpenSSH_9.6"`},
		{"bad length", "HTTP/1.1 200 OK\r\nContent-Length: many\r\n\r\n",
			`bad response from the server: bad Content-Length "many"`},
		{"closed without answer", "",
			"bad response from the server: the connection closed before any answer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := rawServer(t, tt.answer)
			p, err := Fetch(context.Background(), url, quick())
			if !errors.Is(err, ErrBadResponse) {
				t.Fatalf("got %+v, %v; want ErrBadResponse", p, err)
			}
			if want := url + ": " + tt.msg; err.Error() != want {
				t.Errorf("error %q\n     want %q", err, want)
			}
		})
	}
}
