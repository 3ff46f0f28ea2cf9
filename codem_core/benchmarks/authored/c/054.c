//@@ header
#include <stdio.h>
#include <string.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
//@@ signature
bool same_chars(const char *s0, const char *s1) {
//@@ solution
    int len0 = strlen(s0), len1 = strlen(s1);
    for (int i = 0; i < len0; i++) {
        bool found = false;
        for (int j = 0; j < len1; j++) {
            if (s0[i] == s1[j]) {
                found = true;
                break;
            }
        }
        if (!found) return false;
    }
    for (int i = 0; i < len1; i++) {
        bool found = false;
        for (int j = 0; j < len0; j++) {
            if (s1[i] == s0[j]) {
                found = true;
                break;
            }
        }
        if (!found) return false;
    }
    return true;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(same_chars("eabcdzzzz", "dddzzzzzzzddeddabc") == 1);
    }
    {
        assert(same_chars("abcd", "dddddddabc") == 1);
    }
    {
        assert(same_chars("dddddddabc", "abcd") == 1);
    }
    {
        assert(same_chars("eabcd", "dddddddabc") == 0);
    }
    {
        assert(same_chars("abcd", "dddddddabcf") == 0);
    }
    {
        assert(same_chars("eabcdzzzz", "dddzzzzzzzddddabc") == 0);
    }
    {
        assert(same_chars("aabb", "aaccc") == 0);
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
        assert(same_chars("eabcdzzzz", "dddzzzzzzzddeddabc") == 1);
    }
    {
        assert(same_chars("abcd", "dddddddabc") == 1);
    }
    {
        assert(same_chars("dddddddabc", "abcd") == 1);
    }
    {
        assert(same_chars("eabcd", "dddddddabc") == 0);
    }
    {
        assert(same_chars("abcd", "dddddddabcf") == 0);
    }
    {
        assert(same_chars("eabcdzzzz", "dddzzzzzzzddddabc") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed same_chars.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
