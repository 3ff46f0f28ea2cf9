/* LLM4Decompile's signature for task 143 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(const char *sentence, char *out) {
    char *r = words_in_sentence(sentence);
    strcpy(out, r);
    free(r);
}
