#!/usr/bin/env bash
# Makes a base image for Jib without any registry: a Debian bookworm root file system with a
# Java 17 runtime (debootstrap, from Debian's package mirror), saved in the `docker save` format.
#   sudo config/container/debian-base.sh /tmp/corpusbot-base.tar
#   mvn -Pjib -DskipTests package jib:buildTar -Djib.from.image=tar:///tmp/corpusbot-base.tar
# Needs root and debootstrap (apt-get install debootstrap); takes about 4 minutes.
set -euo pipefail
out=${1:?usage: debian-base.sh OUTPUT.tar}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$work/root" "$mirror"
rm -rf "$work/root/var/cache/apt/archives/"*.deb "$work/root/var/lib/apt/lists/"*

mkdir -p "$work/image"
tar -C "$work/root" --numeric-owner --exclude='./proc/*' --exclude='./sys/*' --exclude='./dev/*' \
  -cf "$work/image/layer.tar" .
diff_id=$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)
mkdir "$work/image/$diff_id"
mv "$work/image/layer.tar" "$work/image/$diff_id/layer.tar"
cat > "$work/image/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                  "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created_by":"debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm"}]}
JSON
config=$(sha256sum "$work/image/config.json" | cut -d' ' -f1)
mv "$work/image/config.json" "$work/image/$config.json"
echo "[{\"Config\":\"$config.json\",\"RepoTags\":[\"corpusbot-base:bookworm\"],\"Layers\":[\"$diff_id/layer.tar\"]}]" \
  > "$work/image/manifest.json"
tar -C "$work/image" -cf "$out" manifest.json "$config.json" "$diff_id/layer.tar"
echo "base image: $out"
