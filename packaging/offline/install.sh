#!/bin/sh
# Install CivicDesk from this folder with no network: apt reads only the packages here (and
# what the PC already has), so it installs exactly what is missing and downloads nothing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
[ "$(id -u)" -eq 0 ] || { echo "请用 sudo 运行 / Run it with sudo: sudo $0" >&2; exit 1; }

state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
mkdir -p "$state/lists/partial"
echo "deb [trusted=yes] file:$here/debs ./" > "$state/sources.list"
apt_offline() {
    apt-get -q -o Dir::Etc::SourceList="$state/sources.list" -o Dir::Etc::SourceParts=/dev/null \
        -o Dir::State::Lists="$state/lists" -o APT::Sandbox::User=root "$@"
}
apt_offline update >/dev/null
DEBIAN_FRONTEND=noninteractive apt_offline install -y --no-install-recommends civicdesk
echo "CivicDesk $(civicdesk --version | cut -d' ' -f2) 已安装 / installed. civicdesk --help; man civicdesk"
