"""A second, independent pjsua2 process used as the far end in audio tests.

It answers one incoming call, plays a sine tone into it, records what it hears to a WAV file,
prints every DTMF digit it receives, and exits when the call ends (or after ``--max-s``).
Run: ``python tests/softphone/pjsua_peer.py --port P --tone 440 --record out.wav``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import pjsua2 as pj

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from softphone.engine.swig_workaround import protect_none_refcount


class PeerCall(pj.Call):
    def __init__(self, acc, call_id, args):
        super().__init__(acc, call_id)
        self.args = args
        self.tone = None
        self.recorder = None
        self.done = False

    def onCallState(self, prm):
        ci = self.getInfo()
        if ci.state == pj.PJSIP_INV_STATE_DISCONNECTED:
            print(f"DISCONNECTED {ci.lastStatusCode}", flush=True)
            self.done = True

    def onCallMediaState(self, prm):
        info = self.getInfo()
        for mi in info.media:
            if mi.type == pj.PJMEDIA_TYPE_AUDIO and mi.status == pj.PJSUA_CALL_MEDIA_ACTIVE and self.tone is not None:
                media = self.getAudioMedia(mi.index)  # re-INVITEs may move the stream: reconnect
                self.tone.startTransmit(media)
                if self.recorder is not None:
                    media.startTransmit(self.recorder)
            elif mi.type == pj.PJMEDIA_TYPE_AUDIO and mi.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                media = self.getAudioMedia(mi.index)
                self.tone = pj.ToneGenerator()
                self.tone.createToneGenerator(16000, 1)
                desc = pj.ToneDesc()
                desc.freq1 = self.args.tone
                desc.freq2 = 0
                desc.on_msec = 10000
                desc.off_msec = 0
                desc.volume = 0
                tones = pj.ToneDescVector()
                tones.append(desc)
                self.tone.play(tones, True)
                self.tone.startTransmit(media)
                if self.args.record:
                    self.recorder = pj.AudioMediaRecorder()
                    self.recorder.createRecorder(self.args.record)
                    media.startTransmit(self.recorder)
                print("MEDIA", flush=True)

    def onDtmfDigit(self, prm):
        print(f"DTMF {prm.digit}", flush=True)


class PeerAccount(pj.Account):
    def __init__(self, args):
        super().__init__()
        self.args = args
        self.calls = []

    def onIncomingCall(self, prm):
        call = PeerCall(self, prm.callId, self.args)
        self.calls.append(call)
        op = pj.CallOpParam(True)
        op.statusCode = 200
        call.answer(op)
        print("ANSWERED", flush=True)


def loopback_endpoint(port: int, clock_rate: int | None = None) -> pj.Endpoint:
    """A started pjsua2 endpoint polled by its owner (no worker thread, no log output), with a UDP
    transport on 127.0.0.1:``port`` (0: any) and the null sound device."""
    ep = pj.Endpoint()
    ep.libCreate()
    cfg = pj.EpConfig()
    cfg.uaConfig.threadCnt = 0
    cfg.uaConfig.mainThreadOnly = True
    cfg.logConfig.consoleLevel = 0
    cfg.logConfig.level = 0
    if clock_rate:
        cfg.medConfig.clockRate = clock_rate
        cfg.medConfig.sndClockRate = clock_rate
    ep.libInit(cfg)
    tcfg = pj.TransportConfig()
    tcfg.port = port
    tcfg.boundAddress = "127.0.0.1"
    ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, tcfg)
    ep.audDevManager().setNullDev()
    ep.libStart()
    return ep


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--tone", type=int, default=440)
    parser.add_argument("--record", default="")
    parser.add_argument("--max-s", type=float, default=30)
    parser.add_argument("--srtp", choices=("off", "optional", "mandatory"), default="off")
    args = parser.parse_args()
    protect_none_refcount()
    ep = loopback_endpoint(args.port, clock_rate=16000)
    acc = PeerAccount(args)
    acfg = pj.AccountConfig()
    acfg.idUri = f"sip:peer@127.0.0.1:{args.port}"
    acfg.mediaConfig.transportConfig.boundAddress = "127.0.0.1"
    acfg.mediaConfig.srtpUse = {
        "off": pj.PJMEDIA_SRTP_DISABLED,
        "optional": pj.PJMEDIA_SRTP_OPTIONAL,
        "mandatory": pj.PJMEDIA_SRTP_MANDATORY,
    }[args.srtp]
    acfg.mediaConfig.srtpSecureSignaling = 0
    acc.create(acfg)
    print("READY", flush=True)
    deadline = time.monotonic() + args.max_s
    while time.monotonic() < deadline and not any(c.done for c in acc.calls):
        ep.libHandleEvents(10)
    for call in acc.calls:
        call.tone = None
        call.recorder = None
    ep.hangupAllCalls()
    for _ in range(50):
        ep.libHandleEvents(10)
    acc.shutdown()
    ep.libDestroy()
    sys.stdout.flush()
    os._exit(0)  # the ended Call objects are not deleted one by one: a test helper, not the product


if __name__ == "__main__":
    sys.exit(main())
