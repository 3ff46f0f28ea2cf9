//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
//@@ signature
int count_upper(const char *s) {
//@@ solution
    const char *uvowel = "AEIOU";
    int count = 0;
    for (int i = 0; s[i] != '\0' && i * 2 < strlen(s); i++) {
        if (strchr(uvowel, s[i * 2]) != NULL) {
            count += 1;
        }
    }
    return count;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(count_upper("aBCdEf") == 1);
    }
    {
        assert(count_upper("abcdefg") == 0);
    }
    {
        assert(count_upper("dBBE") == 0);
    }
    {
        assert(count_upper("B") == 0);
    }
    {
        assert(count_upper("U") == 1);
    }
    {
        assert(count_upper("") == 0);
    }
    {
        assert(count_upper("EEEE") == 2);
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
        assert(count_upper("aBCdEf") == 1);
    }
    {
        assert(count_upper("abcdefg") == 0);
    }
    {
        assert(count_upper("dBBE") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed count_upper.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
