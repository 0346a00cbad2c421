"""The phrases that decide what a mention does to the records being assembled."""
from __future__ import annotations

import regex

ANAPHOR = regex.compile(r"^\s*(?:tersebut|ini|itu|dimaksud)\b", regex.IGNORECASE)
HAVING = regex.compile(r"\b(?:telah|sudah|pernah)\s+(?:ber)?$", regex.IGNORECASE)
BETWEEN = regex.compile(r"\bantara\b", regex.IGNORECASE)
SAME_AGAIN = regex.compile(r"\b(?:yang\s+sama|serupa)\b.{0,40}\bjuga\b|\bjuga\b.{0,30}\b(?:yang\s+sama|serupa)\b"
                           r"|\b(?:kerja\s*sama|mou|nota\s+\w+)\s+(?:yang\s+)?(?:sama|serupa)\b",
                           regex.IGNORECASE)
BESIDES = regex.compile(r"\bSelain\b", regex.IGNORECASE)
ORDINAL = regex.compile(r"\b(?:perjanjian|kerja\s*sama|kesepakatan|mou|pks|nota\s+\w+|naskah)\s+(?:yang\s+)?"
                        r"(pertama|kedua|ketiga|keempat|kelima)\b(?!\s+(?:belah|pihak|instansi|lembaga|institusi|"
                        r"pemerintah|daerah|kampus|negara))", regex.IGNORECASE)
PARENT_LINK = regex.compile(r"implementasi|tindak lanjut|turunan|berdasarkan|mengacu|merujuk|dasar")
