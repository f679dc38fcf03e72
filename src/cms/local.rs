//! Decap CMS's local backend, inside `styrdok serve`: the protocol of npm
//! `decap-server` (`POST /api/v1` with a JSON body `{action, params}`),
//! answered the way its `localFs` middleware answers, with writes and
//! reads confined to `content/`.
//!
//! Two differences from `decap-server`, both for a site's own files:
//! - every path must lie inside `content/` once resolved (symbolic links
//!   followed), not only inside the site: `site.toml`, the theme and the
//!   build folder cannot be read or written through the editor;
//! - an original written `<slug>.md` is shown to Decap as
//!   `<slug>.<default language>.md`, the name its `multiple_files`
//!   structure looks for, and saved back under its own name, so existing
//!   sites are edited without renaming a file.

use std::path::{Component, Path, PathBuf};

use serde_json::{Value, json};

use crate::config::SiteConfig;

/// A refused or failed request: HTTP status and message.
#[derive(Debug)]
pub struct Refused(pub u16, pub String);

fn refuse(status: u16, msg: impl Into<String>) -> Refused {
    Refused(status, msg.into())
}

/// The local backend of one site.
pub struct Local<'a> {
    /// The site root.
    root: &'a Path,
    /// The site's default language.
    default: &'a str,
    /// Every language code of the site.
    languages: Vec<&'a str>,
}

impl<'a> Local<'a> {
    /// The backend of the site `config` describes.
    pub fn new(config: &'a SiteConfig) -> Self {
        Local {
            root: &config.root,
            default: &config.default_language,
            languages: config.languages.iter().map(|l| l.code.as_str()).collect(),
        }
    }

    /// Answers one request body.
    pub fn answer(&self, body: &[u8]) -> Result<Value, Refused> {
        let req: Value = serde_json::from_slice(body)
            .map_err(|e| refuse(422, format!("the request is not JSON: {e}")))?;
        let action = req["action"].as_str().unwrap_or("");
        let p = &req["params"];
        let s = |v: &Value, what: &str| {
            v.as_str()
                .map(str::to_string)
                .ok_or_else(|| refuse(422, format!("\"{what}\" is required")))
        };
        match action {
            "info" => Ok(json!({
                "repo": self.root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                "publish_modes": ["simple"],
                "type": "local_fs",
            })),
            "entriesByFolder" => {
                let folder = s(&p["folder"], "folder")?;
                let extension = s(&p["extension"], "extension")?;
                let depth = p["depth"].as_u64().unwrap_or(1) as usize;
                let files = self.list(&folder, &extension, depth)?;
                Ok(Value::Array(
                    files.iter().map(|f| self.entry(f, None)).collect(),
                ))
            }
            "entriesByFiles" => {
                let files = p["files"]
                    .as_array()
                    .ok_or_else(|| refuse(422, "\"files\" is required"))?;
                let mut out = Vec::new();
                for f in files {
                    let path = s(&f["path"], "path")?;
                    self.check(&path)?;
                    out.push(self.entry(&path, f["label"].as_str()));
                }
                Ok(Value::Array(out))
            }
            "getEntry" => {
                let path = s(&p["path"], "path")?;
                self.check(&path)?;
                Ok(self.entry(&path, None))
            }
            "persistEntry" => {
                let files: Vec<Value> = match p["dataFiles"].as_array() {
                    Some(files) => files.clone(),
                    None => vec![p["entry"].clone()],
                };
                let assets = p["assets"].as_array().cloned().unwrap_or_default();
                // Every path is checked before anything is written.
                let mut writes = Vec::new();
                for f in &files {
                    let path = s(&f["path"], "path")?;
                    let raw = s(&f["raw"], "raw")?;
                    // A language left empty in the form has no translation:
                    // Decap writes its empty lists, a file `check` refuses.
                    if crate::content::front_matter::is_blank(&raw) {
                        continue;
                    }
                    writes.push((self.writable(&path)?, raw.into_bytes()));
                }
                for a in &assets {
                    let path = s(&a["path"], "path")?;
                    writes.push((self.writable(&path)?, decode_asset(a)?));
                }
                let mut moves = Vec::new();
                if files.iter().all(|f| f["newPath"].is_string()) {
                    for f in &files {
                        let from = self.writable(&s(&f["path"], "path")?)?;
                        let to = self.writable(&s(&f["newPath"], "newPath")?)?;
                        moves.push((from, to));
                    }
                }
                for (file, bytes) in writes {
                    write(&file, &bytes)?;
                }
                for (from, to) in moves {
                    if let Some(dir) = to.parent() {
                        std::fs::create_dir_all(dir).map_err(io)?;
                    }
                    std::fs::rename(&from, &to).map_err(io)?;
                }
                Ok(json!({"message": "entry persisted"}))
            }
            "getMedia" => {
                let folder = s(&p["mediaFolder"], "mediaFolder")?;
                let files = self.list(&folder, "", 1)?;
                files
                    .iter()
                    .map(|f| self.media(f))
                    .collect::<Result<Vec<_>, _>>()
                    .map(Value::Array)
            }
            "getMediaFile" => self.media(&s(&p["path"], "path")?),
            "persistMedia" => {
                let a = &p["asset"];
                let path = s(&a["path"], "path")?;
                write(&self.writable(&path)?, &decode_asset(a)?)?;
                self.media(&path)
            }
            "deleteFile" => {
                let path = s(&p["path"], "path")?;
                let _ = std::fs::remove_file(self.writable(&path)?);
                Ok(json!({"message": format!("deleted file {path}")}))
            }
            "deleteFiles" => {
                let paths = p["paths"]
                    .as_array()
                    .ok_or_else(|| refuse(422, "\"paths\" is required"))?;
                let mut files = Vec::new();
                for path in paths {
                    files.push(self.writable(&s(path, "path")?)?);
                }
                for f in files {
                    let _ = std::fs::remove_file(f);
                }
                Ok(json!({"message": "deleted files"}))
            }
            "getDeployPreview" => Ok(Value::Null),
            _ => Err(refuse(422, format!("Unknown action {action}"))),
        }
    }

    /// The content folder, resolved.
    fn content(&self) -> Result<PathBuf, Refused> {
        self.root
            .join("content")
            .canonicalize()
            .map_err(|_| refuse(500, "the site has no content folder"))
    }

    /// `path` as Decap names it (relative to the site root, `/`-separated),
    /// checked: inside `content/`, with no `..`, no root and no `\`.
    fn check(&self, path: &str) -> Result<PathBuf, Refused> {
        let bad = || refuse(400, "the path must resolve under content/");
        if path.contains('\\') || path.contains('\0') {
            return Err(bad());
        }
        let rel = Path::new(path);
        let mut parts = rel.components();
        if parts.next() != Some(Component::Normal("content".as_ref())) {
            return Err(bad());
        }
        if !parts.all(|c| matches!(c, Component::Normal(_))) {
            return Err(bad());
        }
        Ok(self.root.join(rel))
    }

    /// The file on disk for Decap's `path`: an original shown as
    /// `<slug>.<default>.md` is its `<slug>.md` when only that exists.
    fn on_disk(&self, path: &str) -> Result<PathBuf, Refused> {
        let file = self.check(path)?;
        let suffix = format!(".{}.md", self.default);
        if !file.exists()
            && let Some(stem) = path.strip_suffix(&suffix)
        {
            let plain = self.check(&format!("{stem}.md"))?;
            if plain.exists() {
                return Ok(plain);
            }
        }
        Ok(file)
    }

    /// The file for Decap's `path` to be written: its nearest existing
    /// folder, and the file itself when it exists, resolve inside
    /// `content/` (so no symbolic link leads out).
    fn writable(&self, path: &str) -> Result<PathBuf, Refused> {
        let content = self.content()?;
        let file = self.on_disk(path)?;
        let mut existing = file.as_path();
        loop {
            if existing.symlink_metadata().is_ok() {
                break;
            }
            existing = existing.parent().ok_or_else(|| refuse(400, "bad path"))?;
        }
        let real = existing
            .canonicalize()
            .map_err(|_| refuse(400, "the path must resolve under content/"))?;
        if !real.starts_with(&content) || (existing == file && !real.is_file()) {
            return Err(refuse(400, "the path must resolve under content/"));
        }
        match file.strip_prefix(existing) {
            Ok(rest) if !rest.as_os_str().is_empty() => Ok(real.join(rest)),
            _ => Ok(real),
        }
    }

    /// The bytes of Decap's `path`, when it resolves inside `content/`.
    fn read(&self, path: &str) -> Option<Vec<u8>> {
        let content = self.content().ok()?;
        let real = self.on_disk(path).ok()?.canonicalize().ok()?;
        real.starts_with(&content)
            .then(|| std::fs::read(&real).ok())?
    }

    /// An entry: the file's text and its hash, or `null` data when it
    /// cannot be read (as `decap-server` answers).
    fn entry(&self, path: &str, label: Option<&str>) -> Value {
        match self.read(path) {
            Some(bytes) => json!({
                "data": String::from_utf8_lossy(&bytes),
                "file": {"path": path, "label": label, "id": file_id(&bytes)},
            }),
            None => json!({"data": null, "file": {"path": path, "label": label, "id": null}}),
        }
    }

    /// A media file, base64.
    fn media(&self, path: &str) -> Result<Value, Refused> {
        self.check(path)?;
        let bytes = self
            .read(path)
            .ok_or_else(|| refuse(500, format!("{path} cannot be read")))?;
        Ok(json!({
            "id": file_id(&bytes),
            "content": base64(&bytes),
            "encoding": "base64",
            "path": path,
            "name": path.rsplit('/').next().unwrap_or(path),
        }))
    }

    /// The files in `folder` (to `depth` levels) ending in `extension`,
    /// as Decap names them: an original `<slug>.md` as
    /// `<slug>.<default>.md`.
    fn list(&self, folder: &str, extension: &str, depth: usize) -> Result<Vec<String>, Refused> {
        let dir = self.check(folder)?;
        let content = self.content()?;
        let Ok(real) = dir.canonicalize() else {
            return Ok(Vec::new());
        };
        if !real.starts_with(&content) {
            return Err(refuse(400, "the path must resolve under content/"));
        }
        let mut out = Vec::new();
        for e in walkdir::WalkDir::new(&real)
            .min_depth(1)
            .max_depth(depth.max(1))
            .sort_by_file_name()
            .into_iter()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_file())
        {
            let Ok(rel) = e.path().strip_prefix(&real) else {
                continue;
            };
            let rel = rel.to_string_lossy().replace('\\', "/");
            if !rel.ends_with(extension) {
                continue;
            }
            out.push(format!(
                "{}/{}",
                folder.trim_end_matches('/'),
                self.shown(&rel)
            ));
        }
        Ok(out)
    }

    /// A Markdown file's name as Decap's `multiple_files` expects it.
    fn shown(&self, rel: &str) -> String {
        let Some(stem) = rel.strip_suffix(".md") else {
            return rel.to_string();
        };
        let name = stem.rsplit('/').next().unwrap_or(stem);
        match name.rsplit_once('.') {
            Some((_, lang)) if self.languages.contains(&lang) => rel.to_string(),
            _ => format!("{stem}.{}.md", self.default),
        }
    }
}

fn io(e: std::io::Error) -> Refused {
    refuse(500, e.to_string())
}

fn write(file: &Path, bytes: &[u8]) -> Result<(), Refused> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    std::fs::write(file, bytes).map_err(io)
}

fn decode_asset(a: &Value) -> Result<Vec<u8>, Refused> {
    if a["encoding"] != "base64" {
        return Err(refuse(422, "assets must be base64"));
    }
    unbase64(a["content"].as_str().unwrap_or(""))
        .ok_or_else(|| refuse(422, "the asset is not valid base64"))
}

fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn unbase64(text: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .ok()
}

/// Decap's id of a file's version: it only compares ids for equality, so
/// the fingerprint every other part of styrdok uses does.
fn file_id(bytes: &[u8]) -> String {
    format!("{:016x}", crate::digest::bytes(bytes))
}
