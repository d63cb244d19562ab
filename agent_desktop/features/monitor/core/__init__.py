"""Qt-free logic of listen / whisper / barge: the modes and their texts, the dial strings, who may."""
