<?php
// Makes callback-vectors.json: callback bodies signed by PHP itself, the way Finpay's reference signs them:
//   $data = json_decode($body, true); unset($data['signature']); hash_hmac('sha512', json_encode($data), $merchantKey)
// Run through regenerate.sh (it installs php-cli when missing). The .NET tests read the committed output only.
declare(strict_types=1);

$paid = <<<'JSON'
{"order":{"id":"1686716101151","reference":"FP-20230614-0001","amount":1000,"currency":"IDR","description":"Testing"},"customer":{"id":"hajar.finnet@gmail.com","email":"hajar.finnet@gmail.com","firstName":"Hajar","lastName":"Ismail","mobilePhone":"+6281286288844"},"meta":{"data":null},"card":{"mask":"481111******1114","info":{"brand":"VISA","issuing":"BANK CIMB NIAGA","type":"CREDIT","subType":"CLASSIC","country":"IDN"}},"result":{"payment":{"status":"PAID","statusDesc":"Payment Success","datetime":"2023-06-14 11:15:01","reference":"FP-20230614-0001","channel":"CC","amount":1000}}}
JSON;

$nonAscii = <<<'JSON'
{"order":{"id":"ORD-ÜNICODE-1","amount":250000,"currency":"IDR","description":"Kopi Luwak ☕ untuk Ibu Śri — 日本茶 & 😀"},"customer":{"id":"siti","email":"siti@contoh.co.id","firstName":"Siti Nurhaliza Ñoño","lastName":"Ḍewi 李","mobilePhone":"+628111111111"},"meta":{"data":{"catatan":"pesanan khusus ✓","emoji":"👩‍💻"}},"card":{"mask":"521111******1117","info":{"brand":"MASTERCARD","issuing":"BANK MANDIRI","type":"DEBIT","subType":"GOLD","country":"IDN"}},"result":{"payment":{"status":"PAID","statusDesc":"Pembayaran berhasil","datetime":"2026-11-22 09:00:00","reference":"FP-UNI-1","channel":"CC","amount":250000}}}
JSON;

$slashes = <<<'JSON'
{"order":{"id":"ORD-SLASH-1","amount":1000,"currency":"IDR","description":"Plan 1/12 at https://merchant.example/plans/pro?x=1&y=2"},"customer":{"id":"a/b\\c","email":"user@example.com","firstName":"Back\\slash","lastName":"Quote \"Q\"","mobilePhone":"+628222222222"},"meta":{"data":{"returnUrl":"https:\/\/merchant.example\/done","path":"C:\\temp\\x","html":"<a href=\"/x\">x</a>"}},"card":{"mask":"481111******1114"},"result":{"payment":{"status":"PAID","statusDesc":"OK","datetime":"2026-11-22 09:00:00","reference":"FP/2026/11/22","channel":"CC","amount":1000}}}
JSON;

$fractions = <<<'JSON'
{"order":{"id":"ORD-FRACTION-1","amount":1000.5,"currency":"USD","description":"Fractional amounts"},"customer":{"id":"c1","mobilePhone":"+628333333333"},"meta":{"data":{"tenth":0.1,"trailingZero":1000.50,"wholeFloat":1.0,"huge":1e25,"big":1E17,"plain16":1e16,"tiny":0.00001,"small":0.0001,"exact":0.30000000000000004,"negIntZero":-0,"negative":-12.75,"int64max":9223372036854775807,"beyondInt64":12345678901234567890,"exponentInt":2e3,"stringAmount":"1000"}},"card":{"mask":"481111******1114"},"result":{"payment":{"status":"PAID","statusDesc":"OK","datetime":"2026-11-22 09:00:00","reference":"FP-FR-1","channel":"CC","amount":1000.5}}}
JSON;

$negativeZero = <<<'JSON'
{"order":{"id":"ORD-NEGZERO-1","amount":0,"currency":"IDR"},"customer":{"id":"c6","mobilePhone":"+628888888888"},"meta":{"data":{"adjustment":-0.0}},"result":{"payment":{"status":"PAID","amount":0}}}
JSON;

$nested = <<<'JSON'
{"order":{"id":"ORD-NESTED-1","amount":99000,"currency":"IDR"},"customer":{"id":"c2","mobilePhone":"+628444444444"},"meta":{"data":{"cart":{"items":[{"sku":"A-1","qty":2,"tags":["new","sale"]},{"sku":"B-2","qty":1,"tags":[]}],"coupon":null,"gift":false,"express":true},"emptyObject":{},"emptyList":[],"listLikeObject":{"0":"zero","1":"one"},"sparseKeys":{"1":"one","2":"two"},"mixedKeys":{"0":"zero","x":"ex"},"deep":{"a":{"b":{"c":{"d":[1,[2,[3,{"e":"f"}]]]}}}}}},"card":{"mask":"481111******1114","token":"81b36a850c2e40458bad296f952084b516c919ca717d448722782769b81b9fd9","info":{"brand":"VISA"}},"result":{"payment":{"status":"PAID","statusDesc":"OK","datetime":"2026-11-22 09:00:00","reference":"FP-NE-1","channel":"CC","amount":99000}}}
JSON;

$nullMeta = <<<'JSON'
{"order":{"id":"ORD-NULLMETA-1","amount":1000,"currency":"IDR"},"customer":{"id":"c3","mobilePhone":"+628555555555"},"meta":null,"card":null,"result":{"payment":{"status":"FAILED","statusDesc":"Do not honor","datetime":"2026-11-22 09:00:00","reference":"FP-NM-1","channel":"CC","amount":1000}}}
JSON;

$controls = <<<'JSON'
{"order":{"id":"ORD-CTRL-1","amount":1,"currency":"IDR","description":"tab\there\nnew line\r\n\u0001\u001f\u007f\b\f end"},"customer":{"id":"c4","mobilePhone":"+628666666666"},"meta":{"data":"plain string meta"},"result":{"payment":{"status":"PAID","amount":1}}}
JSON;

$whitespace = <<<'JSON'
{
  "order" : { "id" : "ORD-WS-1", "amount" : 5000, "currency" : "IDR" },
  "customer" : { "id" : "c5", "firstName" : "Budi", "mobilePhone" : "+628777777777" },
  "meta" : { "data" : [ 1, 2.50, "tiga" ] },
  "result" : { "payment" : { "status" : "PAID", "amount" : 5000 } }
}
JSON;

$vectors = [
    ['name' => 'paid-seed-customer', 'merchantKey' => 'SoSecret123', 'input' => $paid],
    ['name' => 'non-ascii-names', 'merchantKey' => 'SoSecret123', 'input' => $nonAscii],
    ['name' => 'slashes-quotes-backslashes', 'merchantKey' => 'SoSecret123', 'input' => $slashes],
    ['name' => 'fractional-and-extreme-numbers', 'merchantKey' => 'SoSecret123', 'input' => $fractions],
    ['name' => 'negative-zero-php-quirk', 'merchantKey' => 'SoSecret123', 'input' => $negativeZero],
    ['name' => 'nested-meta-data', 'merchantKey' => 'SoSecret123', 'input' => $nested],
    ['name' => 'null-meta-and-card', 'merchantKey' => 'SoSecret123', 'input' => $nullMeta],
    ['name' => 'control-characters', 'merchantKey' => 'SoSecret123', 'input' => $controls],
    ['name' => 'pretty-printed-input', 'merchantKey' => 'SoSecret123', 'input' => $whitespace],
    ['name' => 'non-ascii-merchant-key', 'merchantKey' => 'kunci-rahasia-é-🔑', 'input' => $paid],
];

// Finpay's reference check, as a merchant's PHP code runs it.
function php_verifies(string $body, string $merchantKey): bool
{
    $data = json_decode($body, true);
    if (!is_array($data) || !isset($data['signature']) || !is_string($data['signature'])) {
        return false;
    }
    $signature = $data['signature'];
    unset($data['signature']);
    $payload = json_encode($data);
    return $payload !== false && hash_equals(hash_hmac('sha512', $payload, $merchantKey), $signature);
}

$out = [];
foreach ($vectors as $vector) {
    $data = json_decode($vector['input'], true, 512, JSON_THROW_ON_ERROR);
    $payload = json_encode($data, JSON_THROW_ON_ERROR);
    $signature = hash_hmac('sha512', $payload, $vector['merchantKey']);
    $signed = $data;
    $signed['signature'] = $signature;
    $out[] = [
        'name' => $vector['name'],
        'merchantKey' => $vector['merchantKey'],
        'input' => $vector['input'],
        'payload' => $payload,
        'signature' => $signature,
        // What Finpay's reference POSTs: json_encode of the array with the signature appended.
        'body' => json_encode($signed, JSON_THROW_ON_ERROR),
        // The same data formatted differently on the wire: a verifier must re-encode, not hash the bytes it received.
        'prettyBody' => json_encode($signed, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION | JSON_THROW_ON_ERROR),
        // The original input text with the signature spliced in, keeping every original number spelling (1000.50, 2e3...).
        'rawBody' => substr(rtrim($vector['input']), 0, -1) . ',"signature":"' . $signature . '"}',
    ];
    $entry = &$out[count($out) - 1];
    // PHP's own verdict on each wire form. Not always true: json_encode(-0.0) is "-0", which decodes as the integer 0.
    $entry['phpAccepts'] = [
        'body' => php_verifies($entry['body'], $vector['merchantKey']),
        'prettyBody' => php_verifies($entry['prettyBody'], $vector['merchantKey']),
        'rawBody' => php_verifies($entry['rawBody'], $vector['merchantKey']),
    ];
    unset($entry);
}

// Real verifiers re-encode with different json_encode flags; a signer using any of them makes one of these bodies.
$mixed = <<<'JSON'
{"order":{"id":"ORD-MIXED-1","amount":75000,"currency":"IDR","description":"Kopi ☕ 1/2 kg — https://toko.example/kopi"},"customer":{"id":"rina","firstName":"Rina","lastName":"Ñ/李","mobilePhone":"+628999999999"},"meta":{"data":{"lineSeparator":"a\u2028b\u2029c","c1Control":"x\u0085y","astral":"😀/👩‍💻","escapes":"q\"b\\t\t"}},"card":{"mask":"481111******1114"},"result":{"payment":{"status":"PAID","statusDesc":"Pembayaran berhasil","datetime":"2026-11-22 09:00:00","reference":"FP/MIX/1","channel":"CC","amount":75000}}}
JSON;

$encodings = [
    'PhpDefault' => 0,
    'UnescapedSlashes' => JSON_UNESCAPED_SLASHES,
    'UnescapedUnicode' => JSON_UNESCAPED_UNICODE,
    'UnescapedSlashesAndUnicode' => JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE,
];
$encodingInputs = [
    'paid-seed-customer' => $paid,
    'non-ascii-names' => $nonAscii,
    'slashes-quotes-backslashes' => $slashes,
    'mixed-slashes-and-unicode' => $mixed,
];
$encoded = [];
foreach ($encodingInputs as $name => $input) {
    $data = json_decode($input, true, 512, JSON_THROW_ON_ERROR);
    foreach ($encodings as $encoding => $flags) {
        $payload = json_encode($data, $flags | JSON_THROW_ON_ERROR);
        $signature = hash_hmac('sha512', $payload, 'SoSecret123');
        $signed = $data;
        $signed['signature'] = $signature;
        $encoded[] = [
            'name' => $name,
            'encoding' => $encoding,
            'merchantKey' => 'SoSecret123',
            'payload' => $payload,
            'signature' => $signature,
            // Posted with the same flags it was signed with.
            'body' => json_encode($signed, $flags | JSON_THROW_ON_ERROR),
            // Whether this encoding gives other bytes than PHP's default for this data.
            'differsFromDefault' => $payload !== json_encode($data, JSON_THROW_ON_ERROR),
        ];
    }
}

$document = [
    'generator' => 'make-vectors.php on PHP ' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . ' (serialize_precision ' . ini_get('serialize_precision') . ')',
    'vectors' => $out,
    'encodings' => $encoded,
];
file_put_contents(__DIR__ . '/callback-vectors.json', json_encode($document, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR) . "\n");
fwrite(STDOUT, count($out) . " vectors and " . count($encoded) . " encoding vectors written to callback-vectors.json\n");
