//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
//@@ signature
int how_many_times(const char *str, const char *substring) {
//@@ solution
    int out = 0;
    int str_len = strlen(str);
    int sub_len = strlen(substring);
    if (str_len == 0) return 0;
    for (int i = 0; i <= str_len - sub_len; i++) {
        if (strncmp(&str[i], substring, sub_len) == 0)
            out++;
    }
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(how_many_times("", "x") == 0);
    }
    {
        assert(how_many_times("xyxyxyx", "x") == 4);
    }
    {
        assert(how_many_times("cacacacac", "cac") == 4);
    }
    {
        assert(how_many_times("john doe", "john") == 1);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(how_many_times("", "a") == 0);
    }
    {
        assert(how_many_times("aaa", "a") == 3);
    }
    {
        assert(how_many_times("aaaa", "aa") == 3);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed how_many_times.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
