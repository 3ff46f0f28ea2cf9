/* LLM4Decompile's signature for task 51 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(char *text) {
    char *r = remove_vowels(text);
    strcpy(text, r);
    free(r);
}
