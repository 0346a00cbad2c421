"""Scopes: cued lists of cooperation areas, split into items, and categorised.

Cases are marked up EDS-NLP style: `<S>pendidikan</S>` is an item found at that span;
`<S noun=peningkatan>meningkatkan mutu guru</S>` one whose leading verb becomes that noun
(`noun=` with no value: the verb is dropped). Every rule has positives and counter-examples.
"""
from __future__ import annotations

import markup
import pytest

from extract.api import load_pipeline
from extract.components.scopes import categorise, find_list_line, find_scopes
from extract.components.state import candidates

TAG = markup.tag_pattern("S")


def check(marked: str, finder=find_scopes) -> None:
    text, expected = markup.parse_markup(marked, TAG)
    found = finder(text)
    assert [(start, end) for start, end, _ in found] == [(start, end) for start, end, _ in expected], \
        f"found {[item for _, _, item in found]}"
    for (start, end, item), (_, _, attributes) in zip(found, expected):
        phrase = text[start:end]
        if "noun" in attributes:
            verb, _, rest = phrase.partition(" ")
            phrase = f"{attributes['noun']} {rest}".strip()
        assert item == phrase


@pytest.mark.parametrize(
    "marked",
    [
        "Ruang lingkup kerja sama meliputi <S>pendidikan</S>, <S>penelitian</S>, dan <S>pengabdian kepada masyarakat</S>.",
        "Kerja sama ini meliputi bidang <S>pelatihan aparatur</S>, <S>pertukaran data</S> serta <S>pendampingan hukum</S>.",
        "Kesepakatan itu mencakup <S>penataan pasar tradisional dan pengelolaan parkir</S>.",
        "Kedua pihak bekerja sama di bidang <S>kesehatan</S>, <S>pendidikan</S>, dan <S>pariwisata</S>.",
        "Kerja sama itu berkaitan dengan <S>pengelolaan sampah</S>, <S>pemanfaatan air bersih</S>, dan <S>penghijauan</S>.",
        "Kerja sama tersebut antara lain <S>penyediaan beasiswa dan magang mahasiswa</S>.",
        # every cue opens its own list, up to the next cue
        "Kerja sama di bidang <S>pertanian</S>, seperti <S>pembibitan</S>, <S>pemupukan</S>, dan <S>pemasaran hasil panen</S>.",
        "MoU ini meliputi <S>pelatihan guru</S>, termasuk <S>pendampingan kepala sekolah</S>.",
        "Misalnya, <S>pertukaran dosen</S>, <S>riset bersama</S>, maupun <S>publikasi ilmiah</S>.",
        "Kerja sama ini juga dalam bentuk <S>bantuan alat kesehatan dan pelatihan kader</S>.",
        "Perjanjian itu fokus pada <S>pencegahan stunting</S> serta <S>penguatan posyandu</S>.",
        "PKS ini terkait dengan <S>pengelolaan aset daerah</S>.",
        "Kerja sama itu meliputi <S>bantuan hukum</S>, <S>pertimbangan hukum</S>, dan <S>tindakan hukum lain</S>.",
        # what the agreement holds
        "Nota kesepahaman itu memuat poin <S>pertukaran data</S>, dan juga <S>pelatihan pegawai</S>.",
        "Naskah kerja sama berisi <S>penyediaan lahan praktik</S>, <S>beasiswa</S>, dan <S>magang</S>.",
        "Keduanya akan menyusun perjanjian teknis yang memuat rincian kegiatan dan anggaran.",
        # verbs of working together in a field
        "Kedua pihak bersinergi dalam <S>penanganan stunting</S>, serta <S>pengentasan kemiskinan ekstrem</S>.",
        "Kampus dan pemkab berkolaborasi dalam <S>pendampingan desa wisata</S>.",
        "Kedua pihak akan saling mendukung dalam <S>pelaksanaan program makan bergizi</S>.",
        "Pemkab Harapan dan Unitas sepakat bekerja sama <S noun=pengembangan>mengembangkan desa wisata</S>.",
        "Kerja sama itu seputar <S>pengembangan talenta digital</S>.",
        "MoU tersebut berkaitan erat dengan <S>pengembangan talenta digital</S>.",
        # a range of areas
        "Kerja sama ini mencakup berbagai bidang, mulai dari <S>pendidikan</S>, <S>kesehatan</S>, hingga <S>pariwisata</S>.",
        "Cakupan kerja sama mulai dari <S>penyediaan bibit</S>, hingga <S>pemasaran hasil panen</S>.",
        "Kerja sama itu berlaku mulai dari tahun 2024 hingga 2027.",
        # ... but not whom they work with, or how
        "Pemkab Harapan dan Unitas sepakat bekerja sama dengan baik.",
        "Kedua pihak berkolaborasi dalam waktu dekat.",
        "Kedua pihak bekerja sama dalam jangka panjang.",
        # a word for the scope, then a copula
        "Ruang lingkup kerja sama ini adalah <S>pengembangan transportasi publik</S>, <S>penanganan banjir rob</S>, "
        "dan <S>pemberdayaan UMKM</S>.",
        "Fokus nota kesepahaman tersebut ialah <S>pencegahan stunting</S>.",
        "Bidang kerja sama yang disepakati adalah <S>pariwisata</S>, serta <S>pertanian organik</S>.",
        # ... but not a copula far from the word, nor what is no area
        "Ruang lingkup kerja sama antara kedua belah pihak yang baru ini adalah pelatihan.",
        "Fokus kami adalah melayani warga.",
        # what a party is bound to do
        "Butir kesepakatan antara lain, pihak kedua bertanggung jawab <S noun=penyediaan>menyediakan ruang praktik</S>.",
        "Dalam PKS itu antara lain, bank wajib <S noun=penyaluran>menyalurkan kredit usaha</S>.",
    ],
)
def test_cued_lists(marked):
    check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # the instrument's own topic
        "Pemkab menandatangani nota kesepahaman tentang <S>pengelolaan sampah terpadu</S>.",
        "Dinas Pertanian dan Universitas Tunas Harapan meneken MoU untuk <S>pengembangan bibit unggul</S>.",
        "Keduanya meneken kesepakatan bersama tentang kerja sama <S>penyediaan air minum</S> di Kota Harapan.",
        "Bank itu meneken perjanjian kerja sama terkait <S>penyaluran kredit usaha rakyat</S>, Senin (12/3).",
        "Kedua lembaga meneken MoU (nota kesepahaman) tentang <S>Peningkatan Mutu Pendidikan</S>.",
        # English links in business news
        "PT Harapan Energi dan Tunas Corp menandatangani MoU on <S>carbon capture and storage development</S>.",
        "Keduanya meneken cooperation agreement for <S>green hydrogen supply</S> di Jakarta.",
        "Keduanya meneken MoU for Tunas Corp.",
        # a purpose right after the instrument names its topic as "untuk" does
        "Pemkot dan BPJS Kesehatan meneken perjanjian kerja sama dalam rangka <S>optimalisasi program JKN</S>.",
        "Pemkab dan Unitas meneken MoU guna <S>pengembangan desa wisata</S>, Senin (3/6).",
        "Pemkab meneken MoU dalam rangka HUT ke-78 kabupaten.",
        "Pemkab meneken MoU guna meningkatkan pelayanan.",
        # right after a signing word the topic may follow the instrument with no link
        "Pemkab dan Kejari melakukan penandatanganan MoU <S>pendampingan hukum perdata</S>.",
        "Gubernur dan Kapolda teken kesepakatan <S>penanganan ketertiban umum</S>.",
        "Keduanya menandatangani Perjanjian Kerja Sama <S>Perlindungan Jaminan Sosial bagi pekerja</S>.",
        "Bank itu meneken MoU berkenaan <S>pembayaran pajak daerah</S>.",
        # ... but not a body, a person or a plain word
        "Bupati menandatangani MoU dengan Universitas Tunas Harapan.",
        "Penandatanganan MoU Pemerintah Kota Harapan berlangsung meriah.",
        "Penandatanganan MoU kali ini berlangsung meriah.",
        "Kerja sama pengelolaan sampah dibahas lagi tahun depan.",
        # a topic link again after "dan" opens the next instrument's topic
        "Kedua kota meneken dua perjanjian, yaitu tentang <S>pengelolaan sampah</S> dan tentang "
        "<S>pertukaran pelajar</S>, di Balai Kota Harapan.",
        "Keduanya meneken dua MoU, masing-masing mengenai <S>irigasi</S> dan mengenai <S>benih unggul</S>.",
        # ... while "dan" between nouns keeps one topic
        "Keduanya meneken MoU tentang <S>irigasi dan benih unggul</S>.",
    ],
)
def test_topic_of_the_instrument(marked):
    check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # capitalised items are areas when their first word has the shape of an activity noun
        "Kedua pihak sepakat bekerja sama, antara lain, <S>Pengadaan alat laboratorium</S>, "
        "<S>Penyelarasan kurikulum</S>, dan <S>Pembukaan kelas industri</S>.",
        "Kerja sama ini meliputi <S>Tri Dharma Perguruan Tinggi dan Pembangunan Daerah</S>.",
        "Kerja sama itu meliputi <S>KKN tematik dan magang</S>.",
        # ... but a body, a person or a title ends the list
        "Kerja sama meliputi <S>pendidikan</S>, Bupati Harapan Jaya mengatakan hal itu kemarin.",
        "Kerja sama ini meliputi Kejaksaan Negeri Harapan dan Dinas Sosial.",
        "Kerja sama di bidang <S>kesehatan</S> dengan Universitas Tunas Harapan itu diteken kemarin.",
        # English topics of business news in title case, headed by a topic noun
        "PT Harapan Energi dan Tunas Corp menandatangani MoU on <S>Carbon Capture and Storage</S> di Tokyo.",
        "Keduanya meneken Memorandum of Cooperation in the Field of <S>Energy Transition</S>.",
        "Kesepakatan itu mencakup kerja sama di bidang <S>Renewable Energy</S>, <S>Green Hydrogen</S>, dan "
        "<S>Critical Minerals</S>.",
        # ... but not a body or an event of that shape, nor a name
        "Kerja sama ini meliputi Tunas Harapan Foundation dan Harapan Investment Authority.",
        "Kerja sama itu mencakup Harapan Business Conference.",
        "Keduanya meneken MoU on Harapan Jaya.",
    ],
)
def test_capitalised_items(marked):
    check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a leading verb becomes its noun when its object names an area
        "Kedua pihak sepakat bekerja sama untuk <S noun=peningkatan>meningkatkan mutu layanan kesehatan ibu</S>, "
        "<S noun=pengembangan>mengembangkan kompetensi tenaga medis</S>, serta <S noun=>mendorong inovasi teknologi pangan</S>.",
        # ... and names none when the object is a wish or the relationship itself
        "Pemkot Salatiga menjalin kerja sama untuk kemajuan kota.",
        "Nota kesepahaman untuk meningkatkan pelayanan itu diteken kemarin.",
        "Kerja sama ini untuk meningkatkan kesejahteraan masyarakat.",
        "Kedua pihak sepakat bekerja sama untuk memperkuat sinergi dan hubungan baik.",
        "Dalam MoU itu, kedua pihak sepakat memperkuat koordinasi kedua lembaga.",
        "Dalam MoU itu, kedua pihak sepakat memperkuat hubungan perdagangan.",
        # ... unless an activity and its object follow the relationship
        "Dalam MoU itu, kedua pihak sepakat <S noun=penguatan>memperkuat koordinasi pengendalian harga pangan</S> "
        "dan <S noun=>mendorong digitalisasi transaksi pemerintah daerah</S>.",
        "Melalui MoU ini, keduanya sepakat <S noun=peningkatan>meningkatkan sinergi pengawasan obat dan makanan</S>.",
        # verbs of reducing, protecting, financing and supplying lead items with their nouns
        "Kedua pihak sepakat bekerja sama untuk <S noun=penurunan>menurunkan angka stunting</S> dan "
        "<S noun=pengendalian>mengendalikan harga beras</S>.",
        "Melalui MoU ini, bank akan <S noun=pembiayaan>membiayai pembangunan rumah nelayan</S>.",
        "Kerja sama ini untuk melindungi masyarakat.",
        # a verb with no noun in the table is a clause
        "Kerja sama itu meliputi menyampaikan laporan setiap bulan.",
        # "dan" before a verb of the table opens the next item
        "Kedua pihak sepakat bekerja sama untuk <S noun=pengembangan>mengembangkan desa digital</S> dan "
        "<S noun=peningkatan>meningkatkan literasi keuangan warga</S>.",
        # ... while "dan" between nouns keeps one item
        "Kedua pihak sepakat bekerja sama untuk <S noun=pengembangan>mengembangkan desa digital dan literasi keuangan</S>.",
    ],
)
def test_verb_led_items(marked):
    check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # an item is the shortest phrase: a place, a time, a relative clause or a sum ends it
        "Kerja sama ini meliputi <S>pengembangan wisata</S> di kawasan danau dan sekitarnya.",
        "Kerja sama ini meliputi <S>pendidikan vokasi</S> yang sesuai kebutuhan industri.",
        "MoU itu mencakup <S>pembangunan jembatan</S> senilai Rp 2 miliar.",
        "Kerja sama meliputi <S>pelatihan</S> pada Senin (12/3) di aula kantor.",
        "Kodim dan Pemkab meneken nota kesepakatan <S>Program Bakti Desa (PBD)</S> Ke-21 tahun ini.",
        "Kerja sama meliputi <S>lomba olahraga pelajar</S> ke 5, dan <S>festival seni</S>.",
        # brackets keep their commas
        "Kerja sama meliputi <S>pemeliharaan ketertiban (patroli, ronda, dan pos jaga) dan penyuluhan hukum</S>.",
        # phrases that hold a cue word without being a cue
        "Kerja sama itu meliputi <S>teknologi tepat guna</S>, <S>survei dan pendataan</S>, serta <S>KKN tematik</S>.",
        "Kerja sama ini, dalam hal ini Dinas Kesehatan, berjalan baik.",
        "Tata kelola kerja sama akan lebih baik dalam rangka penerapan tata kelola perusahaan.",
        "Wakil Rektor Bidang Akademik dan Kemahasiswaan meneken naskah itu.",
        # a cue after a position head is part of an office's name, in any case
        "Rektor diwakili Wakil Rektor bidang Riset, Inovasi dan Kerja Sama Budi Santoso.",
        "Naskah itu diteken Kepala bidang Pendidikan Dasar, Ani Lestari.",
        "Kerja sama di bidang <S>pendidikan dan pelatihan</S> itu diteken Direktur Utama.",
        # a source put in the middle of the sentence ends the item
        "Kerja sama meliputi <S>perawatan lanjut usia</S>, dan <S>layanan rehabilitasi</S>.",
        # a clause with a modal names what the party will do, read from the verb ...
        "Kerja sama dalam hal <S>pemanfaatan data</S>, bank akan <S noun=pemberian>memberikan modal bagi petani</S>, "
        "baik dari sisi jumlah maupun mutu.",
        "Kerja sama itu meliputi <S>pelatihan guru</S>, sekolah akan melakukan <S>pendampingan siswa</S>.",
        # ... and nothing when no verb that names an activity follows
        "Kerja sama meliputi <S>riset bersama</S>, kampus sudah berjanji hadir, dan kuliah tamu.",
        # "bentuk" names the form of what follows: the area is the rest ("baik dalam bentuk X")
        "Kemitraan itu diwujudkan baik dalam bentuk <S>penyuluhan</S>, <S>pendampingan usaha</S>, maupun <S>pemasaran</S>.",
        "Kerja sama meliputi <S>pelatihan kader</S>, dan bentuk <S>bantuan alat kesehatan</S>.",
        # "aspek", "sektor" before a field name the field
        "Kerja sama ini mencakup aspek <S>pendidikan</S>, <S>kesehatan</S>, dan sektor <S>ekonomi kreatif</S>.",
        # a source in the middle of the list is skipped
        "Kerja sama meliputi <S>pelatihan</S>, kata Budi Santoso, dan <S>pendampingan</S>.",
        # the list ends where the text turns to who signed
        "MoU tentang kerja sama di bidang <S>kesehatan</S> yang ditandatangani oleh Menteri Kesehatan, Pendidikan, dan Kebudayaan.",
        "MoU meliputi <S>pertanian</S>, <S>perikanan</S>, dan <S>kehutanan</S>, disaksikan Gubernur Harapan.",
    ],
)
def test_item_boundaries(marked):
    check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a region is where, not what
        "MoU tentang <S>pembangunan sekolah</S> di beberapa daerah, yaitu kota Semarang, Kota Kendari, dan Kab. Paser.",
        "Kerja sama meliputi <S>pariwisata</S>, kota Semarang, dan Kabupaten Kendal.",
        # the catch-all that closes a list is no area ...
        "Kerja sama meliputi <S>pertukaran data</S>, <S>penguatan kelembagaan</S>, dan kerja sama lainnya yang disepakati.",
        "Kerja sama mencakup <S>riset</S> maupun kegiatan lain yang disepakati.",
        # ... but an area with "lain" is
        "Kerja sama itu meliputi <S>bantuan hukum</S>, dan <S>tindakan hukum lain</S>.",
        # nor is the instrument itself
        "Kerja sama lain akan dituangkan dalam bentuk perjanjian.",
        # nor an item of vague words only
        "MoU tentang program dan kegiatan pada bidang <S>kesehatan dan pendidikan</S>.",
        "Kerja sama meliputi <S>layanan publik</S>, masyarakat, dan pelatihan.",
        "Kerja sama itu meliputi <S>kerja sama antar daerah</S>.",
        # nor the cut-off end of a text
        "Kerja sama meliputi <S>pengadaan beras</S>, dan pengadaan g",
        # nor the count of the areas a list then names
        "Kerja sama mencakup tiga hal, yaitu <S>penyediaan data</S>, <S>pendampingan teknis</S>, dan "
        "<S>peningkatan kapasitas pegawai</S>.",
        "Kerja sama meliputi 2 bidang, yakni <S>pendidikan</S>, <S>kesehatan</S>.",
        "Kerja sama itu mencakup dua bidang utama, yakni <S>kesehatan</S>, <S>pendidikan</S>.",
        "Kerja sama itu mencakup beberapa bidang strategis, yaitu <S>pariwisata</S>.",
        # ... while such a word inside an area stays
        "Kerja sama itu di bidang <S>pengembangan komoditas unggulan strategis</S>.",
        "Kerja sama ini meliputi sejumlah program, di antaranya <S>pengelolaan limbah industri</S>, "
        "<S>penyediaan air baku</S>, dan <S>pembangunan jalan lingkar</S>.",
        # an area with whom and how it serves may run to twelve words; a longer piece is a clause
        "Kerja sama meliputi <S>pembelian kentang dan kubis hasil panen anggota koperasi dengan harga acuan</S>, "
        "dan <S>pelatihan</S>.",
        "Kerja sama meliputi pembelian kentang dan kubis hasil panen anggota koperasi dengan harga acuan dan "
        "jaminan pembayaran tepat waktu.",
        # nor a wish for a place or a body, after a verb that names no activity
        "Kedua pihak sepakat bekerja sama untuk mewujudkan Kota Harapan yang maju dan sejahtera.",
        "Kedua pihak sepakat bekerja sama untuk <S noun=>mendorong Digitalisasi UMKM</S>.",
        "Kedua pihak sepakat bekerja sama untuk <S noun=pembangunan>membangun Kota Harapan</S>.",
        # nor the region the agreement covers
        "Kerja sama tersebut meliputi wilayah Jawa Barat, Jawa Tengah, dan Jawa Timur.",
        "Kerja sama meliputi <S>pengelolaan wilayah pesisir</S>.",
        # a cue counted in digits is a counted thing
        "Sesuai PKS itu, pemkot mengukur 1.200 bidang tanah milik pemkot.",
        "Kerja sama itu mencakup tiga bidang <S>pendidikan</S>, <S>kesehatan</S>, dan <S>pertanian</S>.",
        # ... while a number inside an area stays
        "Kerja sama meliputi <S>penyediaan dua unit ambulans</S>, <S>pelatihan</S>.",
    ],
)
def test_items_that_name_no_area(marked):
    check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a narrowing cue names an area when an activity or topic noun follows it ...
        "Kerja sama itu menyentuh banyak sektor, khususnya <S>pendidikan vokasi</S>, <S>pelatihan guru</S>, dan <S>riset terapan</S>.",
        "MoU itu menyasar pelaku usaha, terutama <S>UMKM</S>.",
        # ... not the people or the trade it narrows ("terutama petani", "khususnya industri hilir")
        "Lewat MoU ini lulusan disiapkan bagi dunia kerja, khususnya industri hilir kelapa sawit.",
        "Program dari kerja sama itu menyasar warga desa, terutama petani dan nelayan.",
        # examples after "seperti" likewise: areas, not the people the sentence names
        "Kerja sama itu menyasar sektor unggulan seperti <S>pendidikan</S>, <S>kesehatan</S>, dan <S>pariwisata</S>.",
        "Kerja sama dengan BPJS penting bagi pekerja rentan, seperti petani, nelayan, dan pedagang kecil.",
        # what the cooperation aims at, likewise
        "Kolaborasi ini akan menyasar <S>pengembangan ekonomi kreatif</S>, <S>digitalisasi pasar tradisional</S>, "
        "dan <S>penataan kawasan kumuh</S>.",
        "Selain itu, kerja sama juga menyasar <S>pelatihan tenaga kesehatan</S>.",
        "Kerja sama itu menyasar warga miskin di tiga kecamatan.",
        # a list cue after it still opens a list
        "Kedua pihak bekerja sama di bidang <S>kesehatan</S>, utamanya dalam bidang <S>gizi anak</S>.",
    ],
)
def test_narrowing_cues(marked):
    check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # right after an item, "dalam hal" frames the areas listed; it adds none
        "Kesepakatan ini meliputi <S>pelatihan</S>, <S>pendampingan</S>, serta <S>pemasaran</S> dalam hal "
        "pengembangan koperasi.",
        # it opens a list after a cooperation word, or after a separator
        "Kedua pihak bekerja sama dalam hal <S>pertukaran data</S>.",
        "Kerja sama itu meliputi <S>pelatihan guru</S>, dan dalam hal <S>penelitian</S>.",
    ],
)
def test_a_cue_right_after_an_item_qualifies_it(marked):
    check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # right after a later item of a list, a field cue names that item's field
        "Kerja sama meliputi <S>pengembangan aplikasi</S>, <S>pelatihan aparatur di bidang teknologi informasi</S>, "
        "dan <S>penyediaan data spasial</S>.",
        "Ruang lingkupnya yaitu <S>pengembangan SDM</S>, <S>penelitian bidang kebencanaan</S>, dan "
        "<S>pendampingan desa</S>.",
        # after the first item it opens a list of fields
        "Kerja sama ini mencakup <S>pelaksanaan tridharma</S> di bidang <S>pendidikan</S>, <S>penelitian</S>, dan "
        "<S>pengabdian kepada masyarakat</S>.",
        # after a separator it opens a list too
        "Kerja sama meliputi <S>pelatihan guru</S>, <S>beasiswa</S>, dan di bidang <S>kesehatan</S>.",
        # a sector is a field: it opens a list, and names a later item's field
        "Kilang Harapan dan Pemkot Harapan meneken nota kesepahaman kolaborasi di sektor <S>energi terbarukan</S>, "
        "<S>pengolahan limbah</S>, dan <S>pariwisata</S>.",
        "Kedua pihak bekerja sama pada sektor <S>pertanian</S>, serta dalam sektor <S>perikanan tangkap</S>.",
        "Kerja sama meliputi <S>pengembangan aplikasi</S>, <S>pelatihan pegawai di sektor perbankan</S>, dan "
        "<S>literasi keuangan</S>.",
        # ... but a capitalised name after it is none, nor the sector of a body
        "Kerja sama di sektor Kota Harapan itu diteken kemarin.",
        "Kerja sama dengan pelaku usaha di sektor swasta diteken kemarin.",
    ],
)
def test_a_field_cue_right_after_a_later_item_names_its_field(marked):
    check(marked)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kedua pihak sepakat bekerja sama.",
        "Acara dimulai pukul 09.00 WIB.",
        "",
        # sources, dates, sums and the instrument itself are no areas
        "Seperti dikutip dari laman resmi, kerja sama itu diteken kemarin.",
        "Kerja sama ini meliputi 25 Agustus hingga 30 September.",
        "Bantuan itu berupa Rp 5 miliar.",
        "Kerja sama itu berupa penandatanganan MoU.",
        # the relationship itself is no area
        "Bidang kerja sama yang disepakati kedua pihak belum diumumkan.",
        # a clause before the first item ends the list
        "Kerja sama ini dalam bentuk PKS, meskipun sebetulnya kerja sama itu sudah lama berjalan.",
    ],
)
def test_no_areas(sentence):
    assert find_scopes(sentence) == []


def test_fillers_before_the_first_item_are_skipped():
    check("Termasuk di dalamnya, lanjutnya, <S>penanganan tanggap darurat dan pelatihan relawan</S>.")


@pytest.mark.parametrize(
    "marked",
    [
        "1. <S>Pengembangan sumber daya manusia</S>;",
        "b. <S>Penataan ruang</S>, <S>infrastruktur perkotaan</S>, dan <S>transportasi</S>.",
        "- <S>pertukaran data kependudukan</S>",
        "2. Kepala Dinas Kesehatan, Budi Santoso",
        "<S>Pengembangan sumber daya manusia</S>.",  # the marker split off by the sentence splitter
    ],
)
def test_list_lines(marked):
    check(marked, find_list_line)


@pytest.mark.parametrize(
    "marked",
    [
        # numbered and lettered items inside one sentence: the marker opens the item
        "Ruang lingkup MoU ini antara lain: (1) <S>pertukaran data kependudukan</S>; (2) <S>pemanfaatan NIK</S>; "
        "dan (3) <S>peningkatan kapasitas SDM</S>.",
        "Ruang lingkup nota kesepahaman meliputi: a. <S>pengelolaan kas daerah</S>; b. <S>penyaluran gaji pegawai</S>; "
        "c. <S>digitalisasi pembayaran retribusi</S>.",
        "Kerja sama meliputi: 1. <S>pelatihan guru</S>; 2. <S>pengadaan buku</S>; dan 3. <S>beasiswa</S>.",
        # a bracket opening with a digit or a weekday after an item still ends it
        "Kerja sama meliputi <S>pelatihan guru</S> (2024) dan beasiswa.",
        "Kerja sama meliputi <S>pelatihan guru</S> (Senin, 12/3) di aula.",
        # a period after a number that no colon or semicolon opens still ends the clause
        "Kerja sama meliputi <S>pelatihan guru tahap 2</S>. Lalu beasiswa.",
    ],
)
def test_list_markers_inside_a_sentence(marked):
    check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # the signing's date, time or event after the last item is no part of it
        "Keduanya bekerja sama di bidang <S>pendidikan</S>, <S>kesehatan</S>, dan <S>pertanian</S> pada 3 Maret 2024 "
        "di Pendopo Parasamya.",
        "Kerja sama meliputi <S>pelatihan guru</S>, <S>beasiswa</S> pada 12/3 lalu.",
        "Nota kesepakatan tentang <S>penanganan perkara korupsi</S> di Surabaya, kemarin.",
        "Pemkab akan meneken MoU tentang <S>pengembangan pelabuhan perikanan</S> pekan depan.",
        "Pemkab telah meneken PKS tentang <S>pengelolaan kas daerah</S> pada pekan lalu.",
        "Kedua negara meneken MoU tentang <S>ketahanan pangan</S> dalam kunjungan kenegaraan Presiden ke Canberra.",
        "Kesepakatan bersama tentang <S>penanganan masalah hukum perdata</S> digelar di Pendopo Ageng, 5/2/2024.",
        "Penandatanganan MoU tentang <S>layanan rujukan</S> berlangsung Senin siang.",
        # ... as is how the signing or the service is held
        "Keduanya meneken MoU tentang <S>pendampingan hukum</S> secara virtual dari Jakarta.",
        "Melalui MoU ini, bank akan <S noun=penyediaan>menyediakan layanan pembayaran uang kuliah</S> secara daring.",
        # counter-examples: "pada" before a word, a number inside an item, a word holding a time word
        "Kerja sama meliputi <S>pendampingan pada usaha mikro</S>, <S>penyediaan 3 unit ambulans</S>.",
        "Kerja sama meliputi <S>perlindungan pekerja harian lepas</S>.",
        "Kerja sama meliputi <S>penerimaan pajak secara nontunai</S>.",
    ],
)
def test_a_date_or_event_after_an_item_ends_it(marked):
    check(marked)


def test_offsets_point_at_the_items():
    sentence = "Ruang lingkup kerja sama meliputi pendidikan, penelitian, dan pengabdian kepada masyarakat."
    for start, end, text in find_scopes(sentence):
        assert sentence[start:end] == text


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(use_ner=False)


def scopes_of(nlp, text: str) -> list[str]:
    return [scope.text for scope in candidates(nlp(text)).scopes]


def test_lines_after_a_sentence_ending_in_a_colon(nlp):
    text = ("Pemkab Harapan Jaya dan Universitas Tunas Harapan menandatangani nota kesepahaman, Senin. "
            "Ruang lingkup kerja sama ini meliputi:\n"
            "1. Pengembangan sumber daya manusia;\n"
            "2. Penelitian bersama;\n"
            "Bupati berharap kerja sama berjalan baik.")
    assert scopes_of(nlp, text) == ["Pengembangan sumber daya manusia", "Penelitian bersama"]


def test_lines_without_an_announcing_sentence_are_not_items(nlp):
    text = ("Pemkab Harapan Jaya dan Universitas Tunas Harapan menandatangani nota kesepahaman, Senin.\n"
            "1. Pengembangan sumber daya manusia;\n"
            "2. Penelitian bersama;")
    assert scopes_of(nlp, text) == []


def test_a_sentence_about_the_content_of_the_agreement_is_read(nlp):
    text = ("Pemkab Harapan Jaya dan Universitas Tunas Harapan menandatangani nota kesepahaman, Senin. "
            "Bupati mengatakan, isinya antara lain pelatihan perangkat desa.")
    assert scopes_of(nlp, text) == ["pelatihan perangkat desa"]


@pytest.mark.parametrize("cooperation", ["Kolaborasi ini", "Sinergi tersebut", "Kemitraan itu"])
def test_a_sentence_about_the_cooperation_in_other_words_is_read(nlp, cooperation):
    text = ("Pemkot Harapan dan Universitas Tunas Harapan menandatangani nota kesepahaman, Senin. "
            f"Rektor mengatakan, {cooperation.lower()} meliputi riset kebencanaan, serta pengabdian masyarakat.")
    assert scopes_of(nlp, text) == ["riset kebencanaan", "pengabdian masyarakat"]


def test_a_collaboration_that_is_no_agreement_is_not_read(nlp):
    text = ("Pemkot Harapan dan Universitas Tunas Harapan menandatangani nota kesepahaman, Senin. "
            "Rektor mengatakan, kolaborasi antarkampus meliputi riset kebencanaan.")
    assert scopes_of(nlp, text) == []


def test_a_sentence_about_what_was_agreed_is_read(nlp):
    text = ("Pemkot Harapan dan Universitas Tunas Harapan menandatangani nota kesepahaman, Senin. "
            "\"Ada tiga hal yang kami sepakati, yaitu pengembangan kota layak anak, riset kesehatan lingkungan, "
            "dan pelatihan guru PAUD,\" kata Wali Kota.")
    assert scopes_of(nlp, text) == ["pengembangan kota layak anak", "riset kesehatan lingkungan", "pelatihan guru PAUD"]
    # an article that reports no agreement is not read
    other = ("Warga Kampung Harapan menggelar rapat, Senin. "
             "Hal yang disepakati warga yaitu pembersihan saluran dan pengecatan pagar.")
    assert scopes_of(nlp, other) == []


def test_a_sentence_about_the_scope_of_the_agreement_is_read(nlp):
    text = ("Pemkab Harapan Jaya dan Universitas Tunas Harapan menandatangani nota kesepahaman, Senin. "
            "Adapun ruang lingkupnya antara lain penyusunan kajian akademik dan pelatihan aparatur.")
    assert scopes_of(nlp, text) == ["penyusunan kajian akademik dan pelatihan aparatur"]


def test_sentences_not_about_the_agreement_are_not_read(nlp):
    text = ("Pemkab Harapan Jaya dan Universitas Tunas Harapan menandatangani nota kesepahaman, Senin. "
            "Bupati lalu meninjau pasar, antara lain pasar ikan dan pasar sayur.")
    assert scopes_of(nlp, text) == []


@pytest.mark.parametrize(
    ("item", "category"),
    [
        ("pendidikan", "education"),
        ("penelitian", "research"),
        ("pengabdian", "community_service"),
        ("pertukaran data", "data_information"),
    ],
)
def test_categories(item, category):
    assert categorise(item) == category


def test_no_bare_topic_in_a_title_case_headline():
    headline = "Pemkab Harapan Dan Unitas Teken MoU Pengembangan Desa Wisata"
    assert find_scopes(headline, bare_topics=False) == []
    assert [text for _, _, text in find_scopes(headline)] == ["Pengembangan Desa Wisata"]


@pytest.mark.parametrize(
    "marked",
    [
        # a topic link further on in the instrument's clause, with the parties between them
        "Pemkab meneken perjanjian kerja sama dengan Kejaksaan Negeri Harapan tentang <S>penanganan perkara perdata</S>.",
        "Kerja sama antara Dinas Sosial dan Universitas Tunas Harapan mengenai <S>pendataan warga miskin</S>, Senin (12/3).",
        "Pemprov meneken perjanjian pinjaman dengan Bank Pembangunan Asia untuk <S>pembangunan jalan tol</S>.",
        "Pemkab menjalin kerja sama dengan Universitas Tunas Harapan untuk <S>pengembangan desa wisata</S>.",
        # an instrument that begins further back than the reach but ends within it still heads the topic
        "Pada acara itu juga diteken perjanjian kerja sama antara Dinas Pendidikan Klaten dan Fakultas Keguruan "
        "dan Ilmu Pendidikan UTH tentang <S>program magang mahasiswa</S>.",
        # the period of a title inside a party's name ends no clause
        "Pemkot meneken perjanjian kerja sama dengan RSUD Dr. Soetomo tentang <S>layanan rujukan</S>.",
        # ... only when an activity noun names the area at a distance
        "Pemkab menjalin kerja sama dengan Universitas Tunas Harapan untuk mengembangkan desa wisata.",
        "LoI itu menjadi dasar bagi kedua perusahaan untuk menyusun perjanjian jual beli listrik.",
        # the instrument's own numbers between it and its link, joined by "dan" or a dash
        "Naskah itu tindak lanjut nota kesepahaman Nomor 04/MoU/II/2021 tentang <S>pembangunan desa</S>.",
        "Pemkab dan UTH meneken nota kesepahaman Nomor 180/12/2024 - 045/UTH/III/2024 tentang "
        "<S>pengembangan sumber daya manusia</S>.",
        "Undana dan Pemprov meneken MoU Nomor: 05/UN15/KS/2024 dan Nomor: BU.075/02/BAPPEDA/2024 tentang "
        "<S>perencanaan pembangunan daerah</S>.",
        # an ordinal between the instrument and its link
        "Kedua menteri juga meneken MoU kedua tentang <S>sertifikasi produk halal</S>.",
        "Keenam MoU itu meliputi, pertama MoU tentang <S>perdagangan lintas batas</S>.",
        # ... but not a regulation's title, talk about a subject, or a number holding the word
        "Kerja sama itu mengacu pada Peraturan Menteri Nomor 5 Tahun 2020 tentang Pedoman Kemitraan.",
        "Nota kesepahaman itu diteken usai dialog tentang promosi wisata.",
        "Naskah itu merujuk surat Nomor 04/MoU/II/2021 tentang pembangunan desa.",
        "Kerja sama itu sudah lama berjalan. Warga bertanya tentang pembangunan jalan.",
        # ... nor a purpose link inside an item a cue after the instrument already opened
        "Pemkab meneken MoU dengan Kodim terkait <S>penyerahan lahan untuk pembangunan markas</S>.",
        "Perjanjian itu memuat <S>penyediaan buku</S>, <S>pelatihan untuk guru honorer</S>.",
    ],
)
def test_distant_topic_links(marked):
    check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # what a party will do through the agreement
        "Melalui MoU ini, Dinas Sosial dan Unitas akan melakukan <S>pendataan warga miskin</S> di tiap desa.",
        "Melalui kerja sama tersebut, akan dilakukan <S>pelatihan kader posyandu</S> sebanyak tiga kali.",
        "Dengan nota kesepahaman ini, kami berharap dapat <S noun=perluasan>memperluas jangkauan layanan air bersih</S>.",
        "Dengan kerja sama ini, perusahaan akan terus <S noun=dukungan>mendukung pembibitan jagung</S>, "
        "<S>penyuluhan petani</S>, dan <S>pemasaran hasil panen</S>.",
        # ... only a clause with a modal and a verb that names an activity
        "Melalui MoU ini, pendapatan petani naik.",
        # what a party gets through it
        "Melalui MoU ini, petani mendapat <S>akses pasar</S>.",
        "Dengan kerja sama ini, UMKM akan memperoleh <S>pendampingan usaha</S>.",
        "Dengan kerja sama ini, kedua pihak dapat meningkatkan kualitas pelayanan.",
        "Dengan adanya kerja sama ini, pendapatan daerah bisa terus meningkat.",
        "Melalui MoU ini, pelatihan guru dan pendampingan siswa.",
        "Dengan MoU itu, warga akan senang.",
        # verbs of planning, mapping, placing and helping name their activity too
        "Melalui MoU ini, universitas akan <S noun=penyusunan>menyusun rencana induk desa wisata</S>.",
        "Melalui kerja sama ini, mahasiswa akan <S noun=pemetaan>memetakan lahan kritis</S> dan "
        "<S noun=pendataan>mendata warga miskin</S>.",
        "Melalui MoU ini, perusahaan akan <S noun=>membantu promosi produk UMKM</S>.",
        "Melalui MoU ini, universitas akan membantu masyarakat.",
        # what a party commits to in the agreement
        "Dalam nota kesepahaman itu, PT Harapan berkomitmen <S noun=pemasangan>memasang mesin parkir elektronik</S>, "
        "<S noun=pembangunan>membangun aplikasi pembayaran parkir</S>, dan berbagi pendapatan dengan pemkot.",
        "Dalam PKS tersebut, bank akan <S noun=pembelian>membeli gabah petani</S>.",
        "Melalui MoU ini, kampus bakal <S noun=pendampingan>mendampingi pelaku usaha kopi</S>.",
        "Melalui kolaborasi ini, kampus akan <S noun=>membantu pemetaan potensi desa</S>.",
        "Lewat sinergi tersebut, bank akan <S noun=penyaluran>menyalurkan kredit usaha rakyat</S>.",
        "Melalui kolaborasi ini, kampus akan hadir di pameran.",
        # the agreement itself may open the sentence as its subject
        "Kerja sama ini juga akan <S noun=pengembangan>mengembangkan wisata halal</S>.",
        "MoU ini akan berlaku lima tahun.",
        # the comma after the cue may be left out
        "Melalui kerja sama ini kedua pihak akan <S noun=pengembangan>mengembangkan wisata halal</S>.",
        "Dalam MoU ini disebutkan masa berlakunya lima tahun.",
        "Melalui MoU ini, kampus bakal menggelar wisuda di gedung baru.",
        "Dalam MoU itu, kedua pihak berkomitmen menjaga hubungan baik.",
        # what the parties agreed to do in it
        "Dalam kerja sama itu, kedua pihak sepakat untuk <S noun=pengembangan>mengembangkan hilirisasi batu bara</S> "
        "dan <S noun=pembangunan>membangun pusat pelatihan tambang</S>.",
        "Melalui MoU ini, Pemkab dan PT Harapan bersepakat <S noun=penyediaan>menyediakan lahan praktik</S>.",
        "Dalam MoU itu, kedua pihak sepakat saling mendukung.",
        "Dalam acara itu, bupati akan memasang plakat.",
    ],
)
def test_what_a_party_will_do_through_the_agreement(marked):
    check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a purpose the sentence opens with, before it reports the signing
        "Dalam upaya <S noun=penguatan>memperkuat ketahanan pangan daerah</S>, Pemprov dan Korem meneken MoU.",
        "Harapan – Dalam rangka <S noun=percepatan>mempercepat penurunan stunting</S>, Dinkes meneken MoU dengan Unitas.",
        "Guna <S>pengembangan desa wisata</S>, Pemkab menjalin kerja sama dengan Unitas.",
        # ... but not a wish, an event, a verb without an area noun or a link word
        "Dalam upaya meningkatkan sinergi kedua pihak, Pemprov dan Korem meneken MoU.",
        "Dalam rangka HUT ke-78, Pemkab meneken MoU dengan Unitas.",
        "Untuk mendapatkan <S>akses pasar</S>, petani meneken MoU dengan perusahaan.",
        "Untuk menjangkau pasar ekspor, petani meneken MoU dengan perusahaan.",
        "Untuk itu, Pemkab meneken MoU dengan Unitas.",
    ],
)
def test_a_purpose_the_sentence_opens_with(marked):
    check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # an aim stated after the signing names its area as a fronted purpose does
        "MoU ini bertujuan untuk <S noun=peningkatan>meningkatkan kualitas layanan kesehatan ibu dan anak</S>.",
        "Kerja sama dilakukan dengan tujuan <S noun=percepatan>mempercepat digitalisasi layanan keuangan</S>.",
        "Perjanjian itu bertujuan <S>pengembangan desa wisata</S> di lereng Gunung Harapan.",
        # ... but not a wish, a clause with its own subject, or a verb without an area noun
        "Kegiatan ini bertujuan untuk mempererat silaturahmi kedua lembaga.",
        "Kerja sama itu bertujuan meningkatkan kualitas pelayanan kepada masyarakat.",
        "Kerja sama itu bertujuan agar penanganan stunting dapat dipercepat.",
        "MoU ini bertujuan menjangkau pasar ekspor.",
    ],
)
def test_an_aim_stated_after_the_signing(marked):
    check(marked)


def test_an_aim_is_flagged(nlp):
    text = SIGNING_WITHOUT_AREA + "Nota kesepahaman ini bertujuan meningkatkan mutu pendidikan dasar."
    assert [(s.text, s.aim) for s in candidates(nlp(text)).scopes] == [("peningkatan mutu pendidikan dasar", True)]
    listed = SIGNING_WITHOUT_AREA + "Kerja sama ini meliputi pelatihan guru."
    assert [(s.text, s.aim) for s in candidates(nlp(listed)).scopes] == [("pelatihan guru", False)]


SIGNING_WITHOUT_AREA = "Pemkab Harapan Jaya dan Universitas Tunas Harapan menandatangani nota kesepahaman, Senin. "


SIGNING = "Pemkab Harapan Jaya dan Universitas Tunas Harapan menandatangani nota kesepahaman, Senin. "


def test_an_item_is_split_where_the_article_lists_its_parts_apart(nlp):
    text = (SIGNING + "Kerja sama meliputi pendidikan, penelitian, dan pengabdian masyarakat. "
            "Nota kesepahaman ini mencakup penelitian dan pengabdian kepada masyarakat.")
    found = candidates(nlp(text)).scopes
    assert [scope.text for scope in found] == ["pendidikan", "penelitian", "pengabdian masyarakat", "penelitian",
                                               "pengabdian kepada masyarakat"]
    assert all(text[scope.start:scope.end] == scope.text for scope in found)
    assert found[-1].category == "community_service"


@pytest.mark.parametrize(
    ("first", "second", "whole"),
    [
        # one part is not listed on its own
        ("pendidikan, penelitian, dan pengabdian masyarakat", "penelitian dan pengembangan produk",
         "penelitian dan pengembangan produk"),
        # items that say more than the parts do not split them
        ("pendidikan vokasi, dan pelatihan guru", "pendidikan dan pelatihan", "pendidikan dan pelatihan"),
        # brackets keep their parts
        ("pendidikan, penelitian, dan pengabdian masyarakat", "riset (penelitian dan pengabdian masyarakat)",
         "riset (penelitian dan pengabdian masyarakat)"),
    ],
)
def test_an_item_is_kept_whole_unless_each_part_is_listed_apart(nlp, first, second, whole):
    text = SIGNING + f"Kerja sama meliputi {first}. Nota kesepahaman ini mencakup {second}."
    assert whole in [scope.text for scope in candidates(nlp(text)).scopes]


@pytest.mark.parametrize(
    ("listed", "expected"),
    [
        # parts that open with words of different fields are two areas
        ("penelitian dan pengabdian kepada masyarakat", ["penelitian", "pengabdian kepada masyarakat"]),
        ("pendidikan dan penelitian", ["pendidikan", "penelitian"]),
        ("pariwisata dan pertanian organik", ["pariwisata", "pertanian organik"]),
        ("penelitian dan magang mahasiswa", ["penelitian", "magang mahasiswa"]),
        # one field stays one area
        ("pendidikan dan pelatihan", ["pendidikan dan pelatihan"]),
        ("pertukaran data dan informasi", ["pertukaran data dan informasi"]),
        # a long item of two acts, each with its own object, is two areas
        ("penerimaan pajak daerah secara nontunai dan penyaluran gaji pegawai negeri",
         ["penerimaan pajak daerah secara nontunai", "penyaluran gaji pegawai negeri"]),
        ("pengembangan kendaraan listrik kampus dan digitalisasi layanan publik kota",
         ["pengembangan kendaraan listrik kampus", "digitalisasi layanan publik kota"]),
        # ... not a short one, acts that share one object, nor an act and a state
        ("pengelolaan sampah dan pemanfaatan air", ["pengelolaan sampah dan pemanfaatan air"]),
        ("penyediaan dan pemanfaatan data statistik sektoral daerah kabupaten",
         ["penyediaan dan pemanfaatan data statistik sektoral daerah kabupaten"]),
        ("pengembangan sekolah penggerak tingkat dasar dan kesehatan anak usia dini",
         ["pengembangan sekolah penggerak tingkat dasar dan kesehatan anak usia dini"]),
        # a part whose field word does not open it is an activity's object: the item stays whole
        ("pengembangan pendidikan dan kesehatan", ["pengembangan pendidikan dan kesehatan"]),
        ("pendampingan hukum dan penelitian", ["pendampingan hukum dan penelitian"]),
    ],
)
def test_an_item_of_two_fields_is_split(nlp, listed, expected):
    text = SIGNING + f"Kerja sama itu meliputi {listed}."
    found = candidates(nlp(text)).scopes
    assert [scope.text for scope in found] == expected
    assert all(text[scope.start:scope.end] == scope.text for scope in found)


def test_a_sentence_that_goes_on_with_the_list(nlp):
    text = ("Pemkab Harapan Jaya dan Universitas Tunas Harapan menandatangani nota kesepahaman, Senin. "
            "Kerja sama ini meliputi riset terapan. Termasuk pengembangan energi terbarukan.")
    assert scopes_of(nlp, text) == ["riset terapan", "pengembangan energi terbarukan"]


def test_the_scope_of_the_agreement_is_read_without_agreement_words(nlp):
    text = ("Pemkab Harapan Jaya dan Bank Tunas menandatangani perjanjian kerja sama, Senin. "
            "Ruang lingkup perjanjian meliputi penerimaan pajak daerah, pembayaran gaji pegawai, serta layanan nontunai.")
    assert scopes_of(nlp, text) == ["penerimaan pajak daerah", "pembayaran gaji pegawai", "layanan nontunai"]


def test_sentences_that_each_name_an_area_after_an_ordinal(nlp):
    text = (SIGNING + "Kerja sama ini mencakup beberapa hal. Pertama, pendampingan desa wisata. Kedua, pengelolaan "
            "sampah berbasis masyarakat. Ketiga, penelitian ketahanan pangan.")
    assert scopes_of(nlp, text) == ["pendampingan desa wisata", "pengelolaan sampah berbasis masyarakat",
                                    "penelitian ketahanan pangan"]


@pytest.mark.parametrize(
    "after",
    [
        # a sequence not opened by "Pertama", a speech's first point, an ordinal after a sentence of other news
        "Kerja sama ini mencakup beberapa hal. Kedua, pengelolaan sampah berbasis masyarakat.",
        "Bupati menyampaikan dua pesan. Pertama, pengelolaan sampah berbasis masyarakat.",
        "Nota kesepahaman ini penting. Pertama, kami berterima kasih kepada rektor.",
    ],
)
def test_ordinal_sentences_that_name_no_area_of_the_agreement(nlp, after):
    assert scopes_of(nlp, SIGNING + "Bupati meninjau pasar. Warga antusias. Hujan turun sejak pagi. " + after) == []


def test_a_sentence_that_goes_on_with_what_a_party_will_do(nlp):
    text = (SIGNING + "Kerja sama ini mencakup pelatihan dosen. Selain itu, pabrik akan membuka tempat magang bagi "
            "mahasiswa serta ikut menyusun modul praktikum kimia.")
    assert scopes_of(nlp, text) == ["pelatihan dosen", "pembukaan tempat magang bagi mahasiswa",
                                    "penyusunan modul praktikum kimia"]


@pytest.mark.parametrize(
    "after",
    [
        "Selain itu, rektor akan hadir di acara wisuda.",  # no verb of an activity
        "Selain itu, pabrik membuka lowongan kerja.",  # no modal: what happens, not what the party takes on
    ],
)
def test_a_sentence_that_goes_on_with_no_activity_of_a_party(nlp, after):
    assert scopes_of(nlp, SIGNING + "Kerja sama ini mencakup pelatihan dosen. " + after) == ["pelatihan dosen"]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("Pihak bank akan menyediakan layanan pembayaran uang kuliah bagi mahasiswa.",
         ["penyediaan layanan pembayaran uang kuliah bagi mahasiswa"]),
        ("\"Nantinya, universitas akan membantu pelatihan tenaga bidan di puskesmas,\" kata Bupati.",
         ["pelatihan tenaga bidan"]),
        ("Ke depan, Unitas akan mengembangkan kebun percobaan dan melatih penyuluh pertanian.",
         ["pengembangan kebun percobaan", "pelatihan penyuluh pertanian"]),
        ("Bupati Harapan Jaya mengatakan, universitas akan mendampingi petani kopi.", ["pendampingan petani kopi"]),
        ("Rektor menjelaskan bahwa kampus akan menyusun rencana induk desa wisata.",
         ["penyusunan rencana induk desa wisata"]),
        # ... but not what just happens, or an act that names no activity
        ("Bank itu menyediakan layanan pembayaran uang kuliah.", []),
        ("Nantinya, rektor akan hadir di acara wisuda.", []),
    ],
)
def test_the_sentence_after_the_signing_may_say_what_a_party_will_do(nlp, after, expected):
    assert scopes_of(nlp, SIGNING + after) == expected


def test_what_a_party_will_do_is_read_only_right_after_the_agreement(nlp):
    text = SIGNING + "Bupati meninjau pasar. Nantinya, universitas akan membantu pelatihan tenaga bidan."
    assert scopes_of(nlp, text) == []


def test_what_a_party_will_do_goes_on_only_after_a_list(nlp):
    text = SIGNING + "Bupati meninjau pasar. Selain itu, pabrik akan membuka tempat magang bagi mahasiswa."
    assert scopes_of(nlp, text) == []


def test_no_list_goes_on_after_a_sentence_without_areas(nlp):
    text = ("Pemkab Harapan Jaya dan Universitas Tunas Harapan menandatangani nota kesepahaman, Senin. "
            "Bupati meninjau pasar. Termasuk pasar ikan dan pasar sayur.")
    assert scopes_of(nlp, text) == []


def test_a_distant_topic_is_flagged_as_the_title(nlp):
    text = ("Pemkab Harapan Jaya meneken nota kesepahaman dengan Universitas Tunas Harapan tentang "
            "pembangunan desa, Senin. Kerja sama ini meliputi pelatihan perangkat desa dan pendataan warga.")
    found = [(scope.text, scope.topic, scope.listed) for scope in candidates(nlp(text)).scopes]
    assert found == [("pembangunan desa", True, False), ("pelatihan perangkat desa dan pendataan warga", False, True)]


def test_an_instruments_own_topic_is_not_a_listed_area(nlp):
    text = ("Pemkab Harapan Jaya meneken tiga MoU yang diteken tersebut tentang ketenagakerjaan, "
            "MoU tentang pertanian, dan MoU tentang perikanan.")
    found = [(scope.text, scope.topic, scope.listed) for scope in candidates(nlp(text)).scopes]
    assert found == [("ketenagakerjaan", True, False), ("pertanian", False, False), ("perikanan", False, False)]


def test_a_near_link_of_subject_flags_the_heading(nlp):
    about = "Pemkab Harapan Jaya dan Universitas Tunas Harapan meneken MoU tentang pengembangan desa wisata, Senin."
    purpose = "Pemkab Harapan Jaya dan Universitas Tunas Harapan meneken MoU untuk pembangunan jalan desa, Senin."
    listed = "Pemkab Harapan Jaya dan Universitas Tunas Harapan meneken MoU. Kerja sama ini meliputi pelatihan guru."
    assert [(s.text, s.heading) for s in candidates(nlp(about)).scopes] == [("pengembangan desa wisata", True)]
    assert [(s.text, s.heading) for s in candidates(nlp(purpose)).scopes] == [("pembangunan jalan desa", False)]
    assert [(s.text, s.heading) for s in candidates(nlp(listed)).scopes] == [("pelatihan guru", False)]


@pytest.mark.parametrize(
    "listing",
    [
        "Kerja sama ini juga mencakup edukasi keamanan pangan, serta pendampingan sertifikasi izin edar.",
        "Selain itu, kerja sama meliputi edukasi keamanan pangan, serta pendampingan sertifikasi izin edar.",
    ],
)
def test_a_list_said_to_add_to_the_topic_is_flagged(nlp, listing):
    text = ("Pemprov Harapan dan Balai POM meneken nota kesepahaman tentang pengawasan obat dan makanan, Selasa. "
            + listing)
    found = [(scope.text, scope.adding) for scope in candidates(nlp(text)).scopes]
    assert found == [("pengawasan obat dan makanan", False), ("edukasi keamanan pangan", True),
                     ("pendampingan sertifikasi izin edar", True)]


def test_a_list_that_adds_nothing_is_not_flagged(nlp):
    text = ("Pemprov Harapan dan Balai POM meneken nota kesepahaman tentang pengawasan obat dan makanan, Selasa. "
            "Kerja sama ini mencakup edukasi keamanan pangan.")
    assert [scope.adding for scope in candidates(nlp(text)).scopes] == [False, False]


def test_a_fronted_purpose_is_flagged_as_the_title(nlp):
    text = ("Dalam upaya memperkuat ketahanan pangan, Pemprov Harapan dan Korem 099 meneken nota kesepahaman, Senin. "
            "Kerja sama ini meliputi pencetakan sawah baru.")
    found = [(scope.text, scope.topic, scope.listed) for scope in candidates(nlp(text)).scopes]
    assert found == [("penguatan ketahanan pangan", True, False), ("pencetakan sawah baru", False, True)]


@pytest.mark.parametrize(
    "marked",
    [
        # a clause of role or purpose cuts the item, and its commas enumerate inside that clause
        "Kerja sama ini meliputi <S>penyuluhan hukum</S>, serta <S>penguatan peran sekolah</S> sebagai basis "
        "pencegahan tawuran, narkoba, dan radikalisme.",
        "Kerja sama meliputi <S>pendataan warga</S> agar bantuan tepat sasaran, tepat waktu, dan tepat jumlah.",
        # after the clause, an activity or topic noun, or a verb that names one, goes on with the list
        "Kerja sama meliputi <S>pelibatan relawan</S> sebagai pengawas di tempat pemungutan suara, "
        "<S>kajian kepemiluan</S>, serta <S noun=pengembangan>mengembangkan kapasitas petugas</S>.",
        # a relative clause ends at its comma: the list goes on
        "Kerja sama meliputi <S>pelatihan guru</S> yang digelar tiap bulan, <S>pendampingan siswa</S>, dan "
        "<S>beasiswa</S>.",
    ],
)
def test_after_a_clause_in_an_item_the_list_goes_on_only_with_activities(marked):
    check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # the people an item serves, listed with their own commas and closed by their own "dan"
        "Kerja sama meliputi <S>pelayanan kesehatan bagi personel Polri, pegawai negeri, dan keluarganya</S>, "
        "<S>pemeriksaan visum</S>, serta <S>penanganan korban kecelakaan</S>.",
        "Kerja sama itu mencakup <S>pelatihan bagi guru, kepala sekolah, dan pengawas</S>, serta "
        "<S>penyediaan buku bacaan</S>.",
        "Kerja sama meliputi <S>pemberian beasiswa untuk mahasiswa S1, S2, dan S3</S> serta <S>pertukaran dosen</S>.",
        # a "dan" that closes the list of areas, an activity between, or no one served: items as listed
        "Kerja sama meliputi <S>pelatihan bagi guru</S>, <S>pendampingan siswa</S>, dan <S>beasiswa</S>.",
        "Kerja sama meliputi <S>pelatihan bagi guru</S>, <S>pendampingan siswa</S>, dan <S>beasiswa</S>, serta "
        "<S>pendataan sekolah</S>.",
        "Kerja sama meliputi <S>pendampingan UMKM</S>, <S>petani</S>, dan <S>nelayan</S>, serta <S>pelatihan</S>.",
    ],
)
def test_the_people_an_item_serves_belong_to_it(marked):
    check(marked)


@pytest.mark.parametrize(
    "marked",
    [
        # a name that holds commas is one item
        "Kerja sama meliputi <S>pariwisata</S>, <S>pemasaran produk usaha mikro, kecil, dan menengah (UMKM)</S>, "
        "serta <S>pendidikan</S>.",
        "Kerja sama meliputi <S>pendampingan usaha mikro, kecil dan menengah</S>, dan <S>pelatihan</S>.",
        # ... other commas still split
        "Kerja sama meliputi <S>pendampingan usaha mikro</S>, <S>pelatihan</S>, dan <S>magang</S>.",
    ],
)
def test_a_name_that_holds_commas_is_one_item(marked):
    check(marked)
