"""Qt-free logic of call recording: compressing the files, the PBX's recording links."""
